// Shell completion (completion/bash/): bash's completion functions, given a
// command line as bash would give it to them, offer the subcommands, the
// options (every one --help lists) and their values, query field names and
// the values the index holds after tag:, post:, class: (asked of the index
// by the hidden cable-query __complete).

#include "support/HelpText.h"
#include "support/TempDir.h"
#include "support/ToolRun.h"

#include <catch2/catch.hpp>
#include <algorithm>
#include <filesystem>
#include <set>

using namespace cablesearch::testing;
namespace fs = std::filesystem;

namespace {

// COMP_WORDS, COMP_CWORD and the word readline replaces, for a line typed
// up to the cursor, as bash makes them: words end at blanks outside quotes;
// ':' and '=' outside quotes are words of their own (COMP_WORDBREAKS).
struct BashLine {
    std::vector<std::string> words;
    std::string replaced; // $2 of the completion function
};

BashLine split_like_bash(const std::string& line)
{
    BashLine out;
    std::string word;
    char quote = 0;
    bool in_word = false;
    auto end_word = [&] {
        if (in_word) out.words.push_back(word);
        word.clear();
        in_word = false;
    };
    for (char c : line) {
        if (quote) {
            word += c;
            if (c == quote) quote = 0;
        } else if (c == ' ') {
            end_word();
        } else if (c == ':' || c == '=') {
            end_word();
            out.words.push_back(std::string(1, c));
        } else {
            if (c == '\'' || c == '"') quote = c;
            word += c;
            in_word = true;
        }
    }
    bool open_quote = quote != 0;
    if (in_word || open_quote) out.words.push_back(word); // the word under the cursor
    else if (line.empty() || line.back() == ' ') out.words.push_back("");
    // else the line ends with ':' or '=': that is the word under the cursor
    const std::string& last = out.words.back();
    if (open_quote) out.replaced = last.substr(1);
    else if (last == ":" || last == "=") out.replaced = "";
    else out.replaced = last;
    return out;
}

const std::string kDriver = R"(
source "$1"
function=$(complete -p "$2" | sed -n 's/.*-F \([^ ]*\) .*/\1/p')
COMP_LINE=$3 COMP_POINT=${#3} replaced=$4
shift 4
COMP_WORDS=("$@")
COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
"$function" "${COMP_WORDS[0]}" "$replaced" "${COMP_WORDS[COMP_CWORD - 1]}"
printf '%s\n' "${COMPREPLY[@]}"
)";

// The candidates bash's completion function for tool offers for line (typed
// up to the cursor), the tool named by its full path.
std::set<std::string> complete(const std::string& tool, const std::string& binary, const std::string& line,
                               const std::vector<std::string>& env = {}, const std::string& script = "")
{
    BashLine split = split_like_bash(line);
    split.words[0] = binary;
    std::string full_line = binary + line.substr(line.find(' ') == std::string::npos ? line.size() : line.find(' '));
    std::vector<std::string> args = {"-c", kDriver, "bash",
                                     script.empty() ? source_dir() + "/completion/bash/" + tool : script, tool,
                                     full_line, split.replaced};
    args.insert(args.end(), split.words.begin(), split.words.end());
    ToolResult r = run_tool("/bin/bash", args, env);
    INFO(line << "\n" << r.err);
    REQUIRE(r.status == 0);
    std::set<std::string> out;
    for (const auto& l : lines_of(r.out))
        if (!l.empty()) out.insert(l);
    return out;
}

std::string cable(const std::string& post, const std::string& code, int serial, const std::string& tags,
                  const std::string& classification)
{
    return "VZCZCXYZ0000\nRR RUEHWEB\n\nDE RUEH" + code + " #" + std::to_string(serial) +
           " 0021200\nZNY CCCCC ZZH\nR 021200Z FEB 08\nFM AMEMBASSY " + post + "\nTO RUEHC/SECSTATE WASHDC 0001\n" +
           classification + " " + post + " " + std::to_string(serial) + "\n\nE.O. 12958: N/A\nTAGS: " + tags +
           "\nSUBJECT: NOTES\n\n1. The notes were read.\n";
}

struct CompletionIndex {
    TempDir dir;
    std::string db = (dir / "index").string();
    CompletionIndex()
    {
        write_file(dir / "corpus/08ANKARA11.txt", cable("ANKARA", "AK", 11, "PGOV PREL TU", "C O N F I D E N T I A L"));
        write_file(dir / "corpus/08RABAT12.txt", cable("RABAT", "RB", 12, "PHUM KTIP MO", "S E C R E T"));
        ToolResult r = cable_index({(dir / "corpus").string(), "--db", db, "--quiet"});
        INFO(r.err);
        REQUIRE(r.status == 0);
    }
    std::set<std::string> query(const std::string& line) const
    {
        return complete("cable-query", CABLE_QUERY_BIN, line, {"CABLESEARCH_INDEX=" + db});
    }
};

using Set = std::set<std::string>;

} // namespace

TEST_CASE("completion: values the index holds after tag:, post:, class: in a query", "[completion]")
{
    CompletionIndex index;
    CHECK(index.query("cable-query tag:P") == Set{"PGOV", "PHUM", "PREL"});
    CHECK(index.query("cable-query tag:p") == Set{"PGOV", "PHUM", "PREL"}); // any case typed
    CHECK(index.query("cable-query tag:") == Set{"KTIP", "MO", "PGOV", "PHUM", "PREL", "TU"});
    CHECK(index.query("cable-query -tag:K") == Set{"KTIP"});
    CHECK(index.query("cable-query post:") == Set{"ankara", "rabat"});
    CHECK(index.query("cable-query post:r") == Set{"rabat"});
    CHECK(index.query("cable-query class:") == Set{"confidential", "secret"});
    CHECK(index.query("cable-query trafficking class:s") == Set{"secret"});
    // Inside a quoted query, bash replaces everything after the quote.
    CHECK(index.query("cable-query 'trafficking tag:PH") == Set{"trafficking tag:PHUM"});
    CHECK(index.query("cable-query \"a OR (post:an") == Set{"a OR (post:ankara"});
    // The index of --db, not the default one.
    CompletionIndex other;
    CHECK(complete("cable-query", CABLE_QUERY_BIN, "cable-query --db " + other.db + " tag:T",
                   {"CABLESEARCH_INDEX=" + (index.dir / "nothing").string()}) == Set{"TU"});
    CHECK(complete("cable-query", CABLE_QUERY_BIN, "cable-query --db=" + other.db + " tag:T",
                   {"CABLESEARCH_INDEX=" + (index.dir / "nothing").string()}) == Set{"TU"});
    // Option values from the index, and ids after show.
    CHECK(index.query("cable-query --tag P") == Set{"PGOV", "PHUM", "PREL"});
    CHECK(index.query("cable-query --post a") == Set{"ankara"});
    CHECK(index.query("cable-query show 08R") == Set{"08RABAT12"});
    // No index: nothing offered, nothing printed.
    CHECK(complete("cable-query", CABLE_QUERY_BIN, "cable-query tag:",
                   {"CABLESEARCH_INDEX=" + (index.dir / "nothing").string()})
              .empty());
}

TEST_CASE("completion: field names, subcommands and option values", "[completion]")
{
    CompletionIndex index;
    CHECK(index.query("cable-query ta") == Set{"tag:", "tags"});
    CHECK(index.query("cable-query s") == Set{"subject:", "signer:", "show", "saved"});
    CHECK(index.query("cable-query 'human rights da") == Set{"human rights date:"});
    CHECK(index.query("cable-query --sort ") == Set{"relevance", "date", "-date", "cited"});
    CHECK(index.query("cable-query ci") == Set{"cites:", "cited-by:"});
    CHECK(index.query("cable-query re") == Set{"ref:", "redacted:", "refs"});
    CHECK(index.query("cable-query ma") == Set{"marking:"});
    CHECK(index.query("cable-query refs --di") == Set{"--direction"});
    CHECK(index.query("cable-query refs 07CHENGDU32 --direction c") == Set{"cites", "cited-by"});
    CHECK(index.query("cable-query --color a") == Set{"auto", "always"});
    CHECK(index.query("cable-query --facets tag,p") == Set{"tag,post"});
    CHECK(index.query("cable-query --timeline ") == Set{"year", "quarter", "month"});
    CHECK(index.query("cable-query show --j") == Set{"--json"});
    CHECK(index.query("cable-query show 08RABAT12 --e") == Set{"--editions"});
    CHECK(index.query("cable-query dif") == Set{"diff"});
    CHECK(index.query("cable-query diff --e") == Set{"--edition"});
    // A word after the query's first is a word, not a subcommand.
    CHECK(index.query("cable-query oil ta") == Set{"tag:"});

    TempDir dir;
    fs::create_directories(dir / "corpus-a");
    write_file(dir / "corpus-b.txt", "x");
    auto in_dir = [&](const std::string& line) {
        return complete("cable-index", CABLE_INDEX_BIN, line, {}, "");
    };
    CHECK(in_dir("cable-index --sh") == Set{"--shards"});
    CHECK(in_dir("cable-index --shards ") == Set{"1", "2", "3", "4", "5", "6", "7", "8"});
    CHECK(in_dir("cable-index " + (dir / "corpus-").string()) ==
          Set{(dir / "corpus-a").string(), (dir / "corpus-b.txt").string()});
    CHECK(in_dir("cable-index --db " + (dir / "corpus-").string()) == Set{(dir / "corpus-a").string()});
    CHECK(in_dir("cable-index parse --p") == Set{"--pretty"});
}

TEST_CASE("completion: the names of saved searches after @ and saved --delete", "[completion][saved]")
{
    CompletionIndex index;
    TempDir config;
    const std::vector<std::string> env = {"CABLESEARCH_INDEX=" + index.db, "XDG_CONFIG_HOME=" + config.path().string()};
    auto query = [&](const std::string& line) { return complete("cable-query", CABLE_QUERY_BIN, line, env); };
    CHECK(query("cable-query @").empty()); // none saved
    for (const char* name : {"ktip", "KTIP-2008", "libya"})
        REQUIRE(run_tool(CABLE_QUERY_BIN, {"--save", name, "notes", "--count"}, env).status == 0);
    CHECK(query("cable-query @") == Set{"@ktip", "@KTIP-2008", "@libya"});
    CHECK(query("cable-query @k") == Set{"@ktip", "@KTIP-2008"}); // any case typed
    CHECK(query("cable-query 'notes OR -@l") == Set{"notes OR -@libya"});
    CHECK(query("cable-query saved --delete l") == Set{"libya"});
    CHECK(query("cable-query saved --") == Set{"--help", "--delete", "--db", "--json"});
    CHECK(query("cable-query --sa") == Set{"--save"});
}

TEST_CASE("completion: every option and subcommand --help lists is offered", "[completion]")
{
    for (const auto& [tool, binary] : {std::pair<std::string, std::string>{"cable-index", CABLE_INDEX_BIN},
                                       {"cable-query", CABLE_QUERY_BIN}}) {
        for (const auto& help : help_commands(binary)) {
            std::string line = help.command(tool);
            Set offered = complete(tool, binary, line + " -");
            for (const auto& option : help.options) {
                INFO("`" << line << " --help` lists " << option
                         << ", which completion/bash/" << tool << " does not offer after `" << line << " -`");
                CHECK(offered.count(option));
            }
            if (help.path.empty()) {
                Set first = complete(tool, binary, line + " ");
                for (const auto& sub : help.subcommands) {
                    INFO("`" << tool << " --help` lists the subcommand " << sub << ", which completion/bash/" << tool
                             << " does not offer");
                    CHECK(first.count(sub));
                }
            }
        }
    }
}
