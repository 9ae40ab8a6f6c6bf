// ui_tests' main. Every test case starts its own UiHarness (a fresh ImGui context, Session
// and in-memory platform), and the panels keep no state outside the Session's ViewState,
// so the cases run in one process in any order (`ui_tests --order-by=rand` checks it).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
