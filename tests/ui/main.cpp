// ui_tests' main: every TEST_CASE runs in a process of its own.
//
// Some panels still keep view state in statics (the selected deal, the pricing what-if,
// caches keyed on the workspace revision, the field being edited), so one test's UI would
// carry into the next and tests would pass or fail by their order. Until that state lives
// in one ViewState the harness can reset, each test case runs in a fork of this process:
// as fresh as a newly opened page, and still only a few milliseconds.
//
//   ui_tests                      every test case, each in its own process
//   ui_tests -tc="*pipeline*"     doctest's filters work as usual
//   ui_tests --in-process         all in this process (for a debugger; order may matter)
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

// Options that list or explain rather than run: doctest answers them in this process.
bool isQuery(const char* arg) {
    for (const char* query : {"-h", "-?", "--help", "-v", "--version", "-c", "--count", "-ltc",
                              "--list-test-cases", "-lts", "--list-test-suites", "-lr", "--list-reporters"})
        if (std::strncmp(arg, query, std::strlen(query)) == 0) return true;
    return false;
}

// How many test cases pass the filters on the command line (doctest's --count).
int countSelected(int argc, char** argv) {
    // Query options only take effect from the command line, not through setOption.
    std::vector<char*> withCount(argv, argv + argc);
    char countFlag[] = "--count";
    withCount.push_back(countFlag);
    std::ostringstream said;
    doctest::Context context;
    context.applyCommandLine(static_cast<int>(withCount.size()), withCount.data());
    context.setOption("no-intro", true);
    context.setCout(&said);
    context.run();
    const std::string text = said.str();
    const size_t colon = text.rfind(':');
    return colon == std::string::npos ? 0 : std::atoi(text.c_str() + colon + 1);
}

// Runs the n-th selected test case, printing what doctest says about it except its summary
// (the parent prints one for all). Exit code: 0 passed, otherwise failed.
int runOne(int argc, char** argv, int n) {
    std::ostringstream said;
    doctest::Context context;
    context.applyCommandLine(argc, argv);
    context.setOption("order-by", "file");
    context.setOption("first", n);
    context.setOption("last", n);
    context.setOption("no-intro", true);
    context.setCout(&said);
    const int result = context.run();
    std::istringstream lines(said.str());
    for (std::string line; std::getline(lines, line);) {
        const bool summary = line.rfind("[doctest] test cases:", 0) == 0 ||
                             line.rfind("[doctest] assertions:", 0) == 0 || line.rfind("[doctest] Status:", 0) == 0;
        const bool rule = !line.empty() && line.find_first_not_of('=') == std::string::npos;
        if (!summary && !(rule && result == 0)) std::cout << line << "\n";
    }
    std::cout.flush();
    return result;
}

int runInProcess(int argc, char** argv) {
    doctest::Context context;
    context.applyCommandLine(argc, argv);
    return context.run();
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<char*> args;
    bool inProcess = false;
    for (int i = 0; i < argc; ++i) {
        if (std::strcmp(argv[i], "--in-process") == 0) inProcess = true;
        else args.push_back(argv[i]);
        if (i > 0 && isQuery(argv[i])) inProcess = true;
    }
    const int count = static_cast<int>(args.size());
    if (inProcess) return runInProcess(count, args.data());

    // --first/--last count the tests that pass the filters, in file order.
    const int total = countSelected(count, args.data());
    int failed = 0;
    for (int n = 1; n <= total; ++n) {
        std::cout.flush();
        const pid_t child = fork();
        if (child < 0) {
            std::perror("ui_tests: fork");
            return EXIT_FAILURE;
        }
        if (child == 0) std::_Exit(runOne(count, args.data(), n));
        int status = 0;
        waitpid(child, &status, 0);
        if (WIFSIGNALED(status))
            std::cout << "[ui_tests] test case " << n << " died with signal " << WTERMSIG(status) << "\n";
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) ++failed;
    }
    const int passed = total - failed;
    // One summary in doctest's words, for scripts/test's counting.
    std::cout << "[doctest] test cases: " << total << " | " << passed << " passed | " << failed
              << " failed | 0 skipped\n"
              << "[doctest] Status: " << (failed == 0 ? "SUCCESS!" : "FAILURE!") << "\n";
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
