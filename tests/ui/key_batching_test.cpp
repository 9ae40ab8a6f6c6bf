// Where a frame's keyboard input ends (src/app/key_batching.h): a key pressed and released
// between two frames is seen by ImGui 1.86 in both, and nothing overtakes the release.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "app/key_batching.h"

using keystone::app::KeyFrameBatcher;
using Kind = KeyFrameBatcher::Kind;

namespace {

constexpr int kCtrl = 224;
constexpr int kA = 4;
constexpr int kText = -1;  // a typed character: not a key event

struct Event {
    Kind kind;
    int scancode;
    std::string name;
};

// Feeds the events frame by frame as App::pollEvents does (what a frame refuses starts the
// next one) and returns the names each frame took.
std::vector<std::vector<std::string>> framesFor(std::vector<Event> events,
                                                std::vector<size_t> arrivingBeforeFrame) {
    KeyFrameBatcher batcher;
    std::vector<std::vector<std::string>> frames;
    std::vector<Event> waiting;
    size_t next = 0;
    for (size_t frame = 0; next < events.size() || !waiting.empty(); ++frame) {
        REQUIRE(frame < 20);
        const size_t arrived =
            frame < arrivingBeforeFrame.size() ? arrivingBeforeFrame[frame] : events.size();
        std::vector<Event> input;
        input.swap(waiting);
        for (; next < arrived; ++next) input.push_back(events[next]);
        batcher.beginFrame();
        frames.emplace_back();
        for (const Event& event : input) {
            if (batcher.admit(event.kind, event.scancode))
                frames.back().push_back(event.name);
            else
                waiting.push_back(event);
        }
    }
    return frames;
}

const std::vector<Event> kSelectAllThenType = {
    {Kind::KeyDown, kCtrl, "ctrl down"}, {Kind::KeyDown, kA, "a down"}, {Kind::KeyUp, kA, "a up"},
    {Kind::KeyUp, kCtrl, "ctrl up"},     {Kind::Other, kText, "F"},     {Kind::Other, kText, "a"},
};

}  // namespace

TEST_CASE("a key pressed and released between two frames is seen down, then up") {
    const auto frames = framesFor({{Kind::KeyDown, kA, "a down"}, {Kind::KeyUp, kA, "a up"}}, {2});
    CHECK(frames == std::vector<std::vector<std::string>>{{"a down"}, {"a up"}});
}

TEST_CASE("Ctrl+A and the typing after it keep their order across frames") {
    SUBCASE("everything arrives before one frame") {
        const auto frames = framesFor(kSelectAllThenType, {6});
        CHECK(frames == std::vector<std::vector<std::string>>{{"ctrl down", "a down"},
                                                              {"a up", "ctrl up", "F", "a"}});
    }
    SUBCASE("Ctrl arrives a frame early (the case that lost a rep's typing)") {
        // Taking "ctrl up" before the held-back "a up" (which carries Ctrl) would leave
        // ImGui believing Ctrl is held while "F", "a" arrive, and it drops them.
        const auto frames = framesFor(kSelectAllThenType, {1, 6});
        CHECK(frames == std::vector<std::vector<std::string>>{
                            {"ctrl down"}, {"a down"}, {"a up", "ctrl up", "F", "a"}});
    }
}

TEST_CASE("every frame takes at least one event, so input never stalls") {
    std::vector<Event> taps;
    for (int i = 0; i < 5; ++i) {
        taps.push_back({Kind::KeyDown, kA, "down"});
        taps.push_back({Kind::KeyUp, kA, "up"});
    }
    const auto frames = framesFor(taps, {10});
    REQUIRE(frames.size() == 6);  // down | up down | up down | ... | up
    size_t events = 0;
    for (const auto& frame : frames) {
        CHECK_FALSE(frame.empty());
        events += frame.size();
    }
    CHECK(events == taps.size());
}
