// The room's toolbar and the Workshop menu's dialogs (session_toolbar.h,
// agenda_dialog.h, participants_dialog.h, parking_lot_dialog.h), driven
// through their widgets on the null backend: the round combo resets the
// clock, the clock never touches the document, list edits are one undo step,
// voting shows the dots left, replay steps through the rounds.

#include <GLFW/glfw3.h>

#include "demo_app.h"

using namespace blokjes;
using namespace std::chrono_literals;

namespace {

// The demo with an agenda, participants with ids (older files have none) and
// one dot Petra already put on a block in the second round.
Workshop room_workshop() {
  Workshop workshop = load_workshop(test::demo_workshop_path()).workshop;
  for (std::size_t i = 0; i < workshop.participants.size(); ++i) {
    workshop.participants[i].id = "p" + std::to_string(i + 1);
  }
  workshop.rounds = {{"r1", "Inventariseren", 10, 0},
                     {"r2", "Blokjes leggen", 20, 3},
                     {"r3", "Afspraken", 15, 0}};
  const Process* huwelijk = workshop.find_process("huwelijk");
  workshop.votes.push_back({"r2", "p1", "huwelijk", VoteTarget::block, huwelijk->blocks[0].id});
  workshop.parking_lot = {{"q1", "Wie beheert de sjablonen?", "p2", "r1", false, ""},
                          {"q2", "Mag de ambtenaar ook op zaterdag?", "p3", "r1", true, "Ja"}};
  return workshop;
}

struct Room : test::DemoApp {
  RoundTimer::Clock::time_point now{};

  Room() : DemoApp(room_workshop(), 1920, 1080) {
    app.session().timer = RoundTimer([this] { return now; });
    imgui.frames(2, ui);
  }

  app::LayoutRecorder::Rect rect(const std::string& key) const {
    const auto found = app.layout().rect(key);
    INFO(key);
    REQUIRE(found.has_value());
    return *found;
  }
  // A frame first, so a change made to a draft has moved the widgets.
  void click(const std::string& key) {
    imgui.frame(ui);
    const auto area = rect(key);
    imgui.click((area.min.x + area.max.x) / 2, (area.min.y + area.max.y) / 2, ui);
  }
  // Opens a toolbar combo and clicks one of its entries.
  void choose(const std::string& combo, const std::string& option) {
    click(combo);
    click(combo + "/option/" + option);
  }
  const nlohmann::json& shown() const { return app.layout().value("session"); }
  void elapse(std::chrono::seconds by) {
    now += by;
    imgui.frame(ui);
  }
};

}  // namespace

TEST_CASE("choosing a round sets the clock to its minutes", "[room][session]") {
  Room room;
  CHECK(room.shown()["timer"] == "0:00");
  room.choose("session/round", "r2");
  CHECK(room.app.session().current_round == "r2");
  CHECK(room.app.session().timer.display() == "20:00");
  CHECK_FALSE(room.app.session().timer.running());
  CHECK(room.shown()["timer"] == "20:00");
  room.choose("session/round", "r1");
  CHECK(room.app.session().timer.display() == "10:00");
}

TEST_CASE("start pause and +1 min run the clock without touching the document",
          "[room][session]") {
  Room room;
  room.choose("session/round", "r1");
  const auto revision = room.app.document().revision();
  room.click("session/start");
  CHECK(room.app.session().timer.running());
  room.elapse(3min);
  CHECK(room.shown()["timer"] == "7:00");
  room.click("session/start");  // now "Pauze"
  CHECK_FALSE(room.app.session().timer.running());
  room.elapse(5min);
  CHECK(room.shown()["timer"] == "7:00");
  room.click("session/extend");
  CHECK(room.shown()["timer"] == "8:00");
  // Ctrl+T from the shortcut table starts it again.
  room.imgui.press(GLFW_KEY_T, room.ui, true);
  CHECK(room.app.session().timer.running());
  room.elapse(8min + 20s);
  CHECK(room.shown()["alarm"] == true);
  CHECK(room.shown()["timer"] == "+0:20");
  // The alarm flashes: red in some frames, plain in others.
  bool red = false;
  bool plain = false;
  for (int i = 0; i < 90; ++i) {
    room.imgui.frame(room.ui);
    (room.app.session_toolbar().flashing() ? red : plain) = true;
  }
  CHECK(red);
  CHECK(plain);
  // +1 min after the alarm counts down again from the minute added.
  room.click("session/extend");
  CHECK(room.shown()["alarm"] == false);
  CHECK(room.shown()["timer"] == "1:00");
  CHECK_FALSE(room.app.document().modified());
  CHECK_FALSE(room.app.document().can_undo());
  CHECK(room.app.document().revision() == revision);
}

TEST_CASE("each agenda edit is one undo step", "[room][session]") {
  Room room;
  const auto before = room.app.document().workshop().rounds;
  room.imgui.press(GLFW_KEY_G, room.ui, true, true);  // Workshop > Agenda...
  REQUIRE(room.app.agenda_dialog().is_open());
  room.imgui.frame(room.ui);
  room.click("agenda/add");
  REQUIRE(room.app.agenda_dialog().draft().size() == 4);
  room.app.agenda_dialog().draft()[3].name = "Vergelijken";
  room.click("agenda/ok");
  CHECK_FALSE(room.app.agenda_dialog().is_open());
  const auto& rounds = room.app.document().workshop().rounds;
  REQUIRE(rounds.size() == 4);
  CHECK(rounds[3].name == "Vergelijken");
  CHECK(rounds[3].minutes == 15);
  CHECK_FALSE(rounds[3].id.empty());
  CHECK(room.app.document().modified());

  // A second edit: longer first round, the third removed; one more step.
  room.app.agenda_dialog().open();
  room.imgui.frames(2, room.ui);
  room.app.agenda_dialog().draft()[0].minutes = 25;
  room.app.agenda_dialog().draft().erase(room.app.agenda_dialog().draft().begin() + 2);
  room.click("agenda/ok");
  REQUIRE(room.app.document().workshop().rounds.size() == 3);
  CHECK(room.app.document().workshop().rounds[0].minutes == 25);

  room.imgui.press(GLFW_KEY_Z, room.ui, true);
  CHECK(room.app.document().workshop().rounds.size() == 4);
  CHECK(room.app.document().workshop().rounds[0].minutes == 10);
  room.imgui.press(GLFW_KEY_Z, room.ui, true);
  CHECK(room.app.document().workshop().rounds == before);
  CHECK_FALSE(room.app.document().can_undo());
}

TEST_CASE("an agenda that is not valid cannot be committed and Cancel changes nothing",
          "[room][session]") {
  Room room;
  room.app.agenda_dialog().open();
  room.imgui.frames(2, room.ui);
  room.app.agenda_dialog().draft()[1].name.clear();
  CHECK_FALSE(room.app.agenda_dialog().problem().empty());
  room.click("agenda/ok");  // greyed out
  CHECK(room.app.agenda_dialog().is_open());
  CHECK(room.app.document().workshop().rounds[1].name == "Blokjes leggen");
  room.imgui.press(GLFW_KEY_ESCAPE, room.ui);
  CHECK_FALSE(room.app.agenda_dialog().is_open());
  CHECK_FALSE(room.app.document().modified());
}

TEST_CASE("a participant added in the dialog shows in the toolbar's combo", "[room][session]") {
  Room room;
  room.imgui.press(GLFW_KEY_P, room.ui, true, true);  // Workshop > Deelnemers...
  REQUIRE(room.app.participants_dialog().is_open());
  room.imgui.frame(room.ui);
  room.click("participants/add");
  auto& draft = room.app.participants_dialog().draft();
  REQUIRE(draft.size() == 12);
  draft.back().name = "Youssef Amrani";
  draft.back().department = "parkeren";
  const std::string id = draft.back().id;
  CHECK(id == "p12");
  CHECK_FALSE(draft.back().colour.empty());
  room.click("participants/ok");
  REQUIRE(room.app.document().workshop().find_participant(id) != nullptr);
  CHECK(room.app.document().workshop().find_participant(id)->department == "parkeren");
  CHECK_FALSE(room.app.layout().rect("session/participant/option/" + id).has_value());
  room.choose("session/participant", id);
  CHECK(room.app.session().current_participant == id);
  // Undo takes them out again, and the toolbar lets go of them.
  room.imgui.press(GLFW_KEY_Z, room.ui, true);
  room.imgui.frame(room.ui);
  CHECK(room.app.session().current_participant.empty());
}

TEST_CASE("the voting toggle shows the dots left", "[room][session]") {
  Room room;
  // Without a participant and a round with dots there is nothing to vote with.
  room.click("session/voting");
  CHECK_FALSE(room.app.session().voting);
  room.choose("session/participant", "p1");
  room.choose("session/round", "r2");
  room.click("session/voting");
  CHECK(room.app.session().voting);
  CHECK(room.shown()["dots"] == "nog 2 stippen");  // one of her 3 is on a block
  room.choose("session/participant", "p2");
  CHECK(room.shown()["dots"] == "nog 3 stippen");
  room.choose("session/round", "r1");  // no dots in this round: voting stops
  CHECK_FALSE(room.app.session().voting);
}

TEST_CASE("replay steps through the rounds", "[room][session]") {
  Room room;
  room.click("session/replay");
  REQUIRE(room.app.session().replay_step == std::optional<std::size_t>(0));
  CHECK(room.shown()["replay"].get<std::string>().starts_with("0/3 Begin"));
  room.click("session/replay/forward");
  CHECK(room.app.session().replay_step == std::optional<std::size_t>(1));
  CHECK(room.shown()["replay"].get<std::string>().starts_with("1/3 Inventariseren"));
  room.click("session/replay/forward");
  room.click("session/replay/forward");
  room.click("session/replay/forward");  // greyed out at the last step
  CHECK(room.app.session().replay_step == std::optional<std::size_t>(3));
  room.click("session/replay/back");
  CHECK(room.app.session().replay_step == std::optional<std::size_t>(2));
  room.click("session/replay");
  CHECK_FALSE(room.app.session().replay_step.has_value());
  CHECK_FALSE(room.app.document().modified());
}

TEST_CASE("the parking lot button counts open questions and opens the dialog",
          "[room][session]") {
  Room room;
  CHECK(room.shown()["parking_lot"] == 1);
  room.click("session/parking_lot");
  REQUIRE(room.app.parking_lot_dialog().is_open());
  room.imgui.frame(room.ui);
  room.app.session().current_participant = "p4";
  room.click("parking/add");
  auto& draft = room.app.parking_lot_dialog().draft();
  REQUIRE(draft.size() == 3);
  CHECK(draft.back().author == "p4");
  CHECK(draft.back().id == "q3");
  draft.back().text = "Wie tekent de akte?";
  room.click("parking/ok");
  CHECK(room.app.document().workshop().parking_lot.size() == 3);
  room.imgui.frame(room.ui);
  CHECK(room.shown()["parking_lot"] == 2);
  room.app.parking_lot_dialog().open();
  room.imgui.frames(2, room.ui);
  room.click("parking/answered/0");
  CHECK(room.app.parking_lot_dialog().draft()[0].answered);
  room.click("parking/ok");
  CHECK(room.app.document().workshop().parking_lot[0].answered);
  room.imgui.frame(room.ui);
  CHECK(room.shown()["parking_lot"] == 1);
  room.imgui.press(GLFW_KEY_Z, room.ui, true);
  CHECK_FALSE(room.app.document().workshop().parking_lot[0].answered);
  CHECK(room.app.document().workshop().parking_lot.size() == 3);
}
