// `keystone`: the command-line tool over the same core as the app.
#include <cstdio>
#include <cstring>
#include <string>

#include "cli/commands.h"

namespace {

constexpr const char* kHelp =
    "keystone " KEYSTONE_VERSION
    " - enterprise account planning, offline\n"
    "\n"
    "Usage: keystone <command> [options]\n"
    "\n"
    "Commands:\n"
    "  validate FILE...     check plan files; prints FILE: error: MESSAGE per problem\n"
    "  summary FILE [--json] [--as-of YYYY-MM-DD]\n"
    "                       account, tier and score drivers, health, pipeline, top risks\n"
    "  sample [--stakeholders N] [--seed S] [--shape org|chain|star|wide] [--today YYYY-MM-DD]\n"
    "                       write a valid synthetic plan to stdout (the built-in sample\n"
    "                       when N is not given), dated from today unless --today is given\n"
    "  report FILE [-o OUT.html] [--as-of YYYY-MM-DD]\n"
    "                       one-page self-contained HTML summary of one plan, to print\n"
    "  merge [BASE] MINE THEIRS [--json] [--take mine|theirs]  three-way merge of plan copies\n"
    "  price --seats N --years Y [--ramp a,b,c] [--catalog FILE] [--json]\n"
    "                       compare the editions for a deal (more: keystone price --help)\n"
    "  price --crossovers [--years Y]  seat counts where the cheapest edition changes, volume "
    "cliffs\n"
    "  layout FILE          every stakeholder's org-chart card as JSON [{id,x,y,w,h}]\n"
    "  coverage FILE [--json] [--as-of YYYY-MM-DD]\n"
    "                       stakeholder coverage findings and the multi-threading score\n"
    "  contacts import CONTACTS.csv --into PLAN.json [--map COLUMN=FIELD ...] [--out FILE]\n"
    "                       add the people of a CRM or spreadsheet export to a plan; prints\n"
    "                       what was skipped and why (more: keystone contacts --help)\n"
    "  --verbose            with any command: messages add technical detail, e.g. the exact\n"
    "                       place in a file as [line:column] or [JSON pointer]\n"
    "  --version            print the version and exit\n"
    "  --help               print this help and exit\n"
    "\n"
    "Files: FILE may be - (or /dev/stdin, or a pipe) to read standard input.\n"
    "Dates: \"today\" is this computer's local calendar date unless --as-of/--today says "
    "otherwise.\n"
    "Exit status: 0 on success, 1 when an input is not valid, 2 on a usage error.\n";

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fputs(kHelp, stderr);
        return 2;
    }
    const std::string command = argv[1];
    if (command == "--version" || command == "version") {
        std::printf("keystone %s\n", KEYSTONE_VERSION);
        return 0;
    }
    if (command == "--help" || command == "-h" || command == "help") {
        std::fputs(kHelp, stdout);
        return 0;
    }
    keystone::cli::Args rest;
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--verbose") == 0)
            keystone::cli::setVerbose(true);
        else
            rest.emplace_back(argv[i]);
    }
    if (command == "validate") return keystone::cli::validateCommand(rest);
    if (command == "summary") return keystone::cli::summaryCommand(rest);
    if (command == "sample") return keystone::cli::sampleCommand(rest);
    if (command == "merge") return keystone::cli::mergeCommand(rest);
    if (command == "report") return keystone::cli::reportCommand(rest);
    if (command == "layout") return keystone::cli::layoutCommand(rest);
    if (command == "coverage") return keystone::cli::coverageCommand(rest);
    if (command == "price") return keystone::cli::priceCommand(rest);
    if (command == "contacts") return keystone::cli::contactsCommand(rest);
    std::fprintf(stderr, "keystone: unknown command '%s' (see keystone --help)\n", command.c_str());
    return 2;
}
