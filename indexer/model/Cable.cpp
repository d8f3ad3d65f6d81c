#include "model/Cable.h"

#include <fmt/format.h>

namespace cablesearch {

std::string DateTime::iso() const
{
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}Z", year, month, day, hour, minute);
}

std::string DateTime::release_form() const
{
    return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}", year, month, day, hour, minute);
}

std::string DateTime::sortable() const
{
    return fmt::format("{:04}{:02}{:02}{:02}{:02}", year, month, day, hour, minute);
}

std::string Day::iso() const { return fmt::format("{:04}-{:02}-{:02}", year, month, day); }

int Cable::year() const
{
    if (date && date->valid()) return date->year;
    if (id.size() >= 2 && id[0] >= '0' && id[0] <= '9' && id[1] >= '0' && id[1] <= '9') {
        int yy = (id[0] - '0') * 10 + (id[1] - '0');
        return yy >= 60 ? 1900 + yy : 2000 + yy;
    }
    return 0;
}

} // namespace cablesearch
