// The man pages (doc/*.scd, built by scdoc into the build tree) document
// every option and subcommand the tools' --help lists: an option added to a
// tool and not to its page fails here, naming both.

#include "support/HelpText.h"
#include "support/TempDir.h"
#include "support/ToolRun.h"

#include <catch2/catch.hpp>
#include <regex>

using namespace cablesearch::testing;

namespace {

// The page's text as man shows it: font changes and escapes of the roff
// that scdoc writes taken out.
std::string page_text(const std::string& page)
{
    std::string roff = read_file(std::string(CABLESEARCH_BUILD_DIR) + "/doc/" + page);
    roff = std::regex_replace(roff, std::regex(R"(\\f[BIRP])"), "");
    roff = std::regex_replace(roff, std::regex(R"(\\-)"), "-");
    roff = std::regex_replace(roff, std::regex(R"(\\\(em)"), "-");
    roff = std::regex_replace(roff, std::regex(R"(\\&)"), "");
    return roff;
}

// name appears as a word of its own (not inside a longer option).
bool mentions(const std::string& text, const std::string& name)
{
    auto is_name_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'; };
    for (size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
        bool before = at == 0 || !is_name_char(text[at - 1]);
        bool after = at + name.size() >= text.size() || !is_name_char(text[at + name.size()]);
        if (before && after) return true;
    }
    return false;
}

} // namespace

TEST_CASE("man pages: every option and subcommand of --help is on the tool's page", "[man]")
{
    for (const auto& [tool, binary] : {std::pair<std::string, std::string>{"cable-index", CABLE_INDEX_BIN},
                                       {"cable-query", CABLE_QUERY_BIN}}) {
        std::string text = page_text(tool + ".1");
        REQUIRE(mentions(text, tool));
        for (const auto& help : help_commands(binary)) {
            for (const auto& option : help.options) {
                INFO("`" << help.command(tool) << " --help` lists " << option << ", which doc/" << tool
                         << ".1.scd does not document");
                CHECK(mentions(text, option));
            }
            for (const auto& sub : help.subcommands) {
                INFO("`" << help.command(tool) << " --help` lists the subcommand " << sub << ", which doc/" << tool
                         << ".1.scd does not document");
                CHECK(mentions(text, sub));
            }
        }
    }
}

TEST_CASE("man pages: the sections a reader looks for are there", "[man]")
{
    for (const std::string tool : {"cable-index", "cable-query"}) {
        std::string text = page_text(tool + ".1");
        for (const std::string section : {"NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXIT STATUS", "ENVIRONMENT",
                                          "FILES", "EXAMPLES", "SEE ALSO"}) {
            INFO(tool << ".1 has no section " << section);
            CHECK(text.find(".SH " + section) != std::string::npos);
        }
        for (const std::string variable : {"CABLESEARCH_INDEX", "XDG_DATA_HOME"}) {
            INFO(tool << ".1 does not name " << variable);
            CHECK(mentions(text, variable));
        }
    }
    std::string query = page_text("cable-query.1");
    CHECK(query.find(".SH QUERY SYNTAX") != std::string::npos);
    CHECK(query.find(".SH FIELDS") != std::string::npos);
    for (const std::string name : {"CABLESEARCH_CACHE_DIR", "XDG_CACHE_HOME", "NO_COLOR"}) CHECK(mentions(query, name));
    for (const std::string field : {"tag:", "post:", "to:", "class:", "caveat:", "id:", "subject:", "ref:", "signer:",
                                    "date:", "year:", "cites:", "cited-by:"}) {
        INFO("the query syntax table of cable-query.1 has no " << field);
        CHECK(query.find(field) != std::string::npos);
    }
}
