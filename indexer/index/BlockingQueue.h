#pragma once
// A bounded multi-producer, multi-consumer queue: the stages of the ingest
// pipeline hand work along it, and the bound keeps memory flat when the
// index writer is the slow stage.

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace cablesearch {

template <typename T>
class BlockingQueue {
public:
    explicit BlockingQueue(size_t capacity) : capacity_(capacity) {}

    void push(T item)
    {
        std::unique_lock lock(mutex_);
        not_full_.wait(lock, [&] { return items_.size() < capacity_ || closed_; });
        if (closed_) return;
        items_.push_back(std::move(item));
        not_empty_.notify_one();
    }

    // Blocks until an item or close(); nullopt once closed and drained.
    std::optional<T> pop()
    {
        std::unique_lock lock(mutex_);
        not_empty_.wait(lock, [&] { return !items_.empty() || closed_; });
        if (items_.empty()) return std::nullopt;
        T item = std::move(items_.front());
        items_.pop_front();
        not_full_.notify_one();
        return item;
    }

    void close()
    {
        std::lock_guard lock(mutex_);
        closed_ = true;
        not_empty_.notify_all();
        not_full_.notify_all();
    }

private:
    std::mutex mutex_;
    std::condition_variable not_empty_, not_full_;
    std::deque<T> items_;
    size_t capacity_;
    bool closed_ = false;
};

} // namespace cablesearch
