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
#include <vector>

namespace {

// Options that list or explain rather than run: doctest answers them in this process.
bool isQuery(const char* arg) {
    for (const char* query : {"-h", "-?", "--help", "-v", "--version", "-c", "--count", "-ltc",
                              "--list-test-cases", "-lts", "--list-test-suites", "-lr", "--list-reporters"})
        if (std::strncmp(arg, query, std::strlen(query)) == 0) return true;
    return false;
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

    // --first/--last count the tests that pass the filters, in file order; past the last
    // one a process runs nothing and succeeds.
    const int total = static_cast<int>(doctest::detail::getRegisteredTests().size());
    int failed = 0;
    for (int n = 1; n <= total; ++n) {
        std::cout.flush();
        const pid_t child = fork();
        if (child < 0) {
            std::perror("ui_tests: fork");
            return EXIT_FAILURE;
        }
        if (child == 0) {
            doctest::Context context;
            context.applyCommandLine(count, args.data());
            context.setOption("order-by", "file");
            context.setOption("first", n);
            context.setOption("last", n);
            context.setOption("minimal", true);  // failures only; the summary is ours
            const int result = context.run();
            std::cout.flush();
            std::_Exit(result);
        }
        int status = 0;
        waitpid(child, &status, 0);
        if (WIFSIGNALED(status))
            std::cout << "[ui_tests] test case " << n << " died with signal " << WTERMSIG(status) << "\n";
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) ++failed;
    }
    std::cout << "[ui_tests] " << total << " test cases registered, each run in its own process: "
              << (failed == 0 ? "all that passed the filters passed" : std::to_string(failed) + " failed")
              << "\n";
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
