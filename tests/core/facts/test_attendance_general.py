"""Attendance in the general constructions of English news, beyond any one event: parties that
take part themselves, lists of leaders, "among those who ...", absences and exclusions. Every
sentence is invented for these tests (names of the bundled samples' fictional world, real
countries as parties)."""

from __future__ import annotations

import pytest

from tests.core.facts.crafted import facts, status

A, N, C, U = "attending", "not_attending", "conditional", "unknown"


def statuses(*paragraphs: str) -> dict[str, str]:
    """Every person or party of the text with a stated status."""
    return {p.name: p.attendance for p in facts(*paragraphs).people if p.attendance != U}


def check(paragraphs: tuple[str, ...], expected: dict[str, str]) -> None:
    f = facts(*paragraphs)
    got = {}
    for name in expected:
        p = f.person(name)
        got[name] = p.attendance if p is not None else U
    assert got == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Norway, Peru and Kenya also joined the event.",), {"Norway": A, "Peru": A, "Kenya": A}),
        (
            ("The summit will be attended by the leaders of Chile, Ghana and Norway.",),
            {"Chile": A, "Ghana": A, "Norway": A},
        ),
        (
            ("Chile is staying away after Peru was frozen out of the proceedings.",),
            {"Chile": N, "Peru": N},
        ),
        (("Peru was excluded from the summit.",), {"Peru": N}),
        (("Ghana was not invited.",), {"Ghana": N}),
        (
            ("Brazil attended as an observer, and Chile did not participate.",),
            {"Brazil": A, "Chile": N},
        ),
        (("Peru's non-participation in the summit raises questions.",), {"Peru": N}),
        (
            ("The leaders gathered in Lima for two days of work on a plan, albeit without Ghana.",),
            {"Ghana": N},
        ),
    ],
)
def test_parties_take_part(paragraphs: tuple[str, ...], expected: dict[str, str]) -> None:
    check(paragraphs, expected)


@pytest.mark.parametrize(
    ("paragraphs", "absent"),
    [
        # a place, not a participant
        (("The forum opened in Lima, Peru, with around 80 leaders taking part.",), "Peru"),
        # origins in a list after "from"
        (("Leaders, including those from Chile and the EU, are skipping the forum.",), "EU"),
        (("Leaders, including those from Chile and the EU, are skipping the forum.",), "Chile"),
        # a person's affiliation, not the party's own attendance
        (("President Elena Varga of Chile will not attend the summit.",), "Chile"),
        # the heads of state are absent, not the countries
        (("Chile and Ghana's heads of state are also not in attendance.",), "Chile"),
        # a future process, not this event
        (("Varga called the summit, hoping for a process that could later include Peru.",), "Peru"),
    ],
)
def test_parties_that_do_not_act(paragraphs: tuple[str, ...], absent: str) -> None:
    assert absent not in statuses(*paragraphs)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Minister Tomas Halberg and the leaders of Chile and Ghana are among those who "
                "joined President Elena Varga at the summit.",
            ),
            {"Tomas Halberg": A, "Chile": A, "Ghana": A, "Elena Varga": A},
        ),
        (
            (
                "Envoy Irena Sokol and Minister Ilyas Koval are among the dozen officials "
                "expected to attend the forum on Monday.",
            ),
            {"Irena Sokol": A, "Ilyas Koval": A},
        ),
        (
            (
                "President Elena Varga and Premier Ilyas Koval are among leaders missing the summit.",
            ),
            {"Elena Varga": N, "Ilyas Koval": N},
        ),
    ],
)
def test_among_those(paragraphs: tuple[str, ...], expected: dict[str, str]) -> None:
    check(paragraphs, expected)


def test_a_decision_by_someone_is_theirs() -> None:
    f = facts(
        "Spokesman Pavel Rusnak answered questions on the decision by Prime Minister "
        "Ilyas Koval to skip the summit."
    )
    assert status(f, "Ilyas Koval") == N
    assert status(f, "Pavel Rusnak") == U


def test_a_rumoured_decision_states_nothing() -> None:
    f = facts("Officials denied a rumoured decision by Premier Ilyas Koval to skip the summit.")
    assert status(f, "Ilyas Koval") == U


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Envoy Irena Sokol entered the courtroom at nine.",), {"Irena Sokol": A}),
        (("Prosecutor Tomas Halberg is seated at counsel table.",), {"Tomas Halberg": A}),
        (("Minister Tomas Halberg sat in the front row at the funeral.",), {"Tomas Halberg": A}),
        (("President Elena Varga was seated in the front row.",), {"Elena Varga": A}),
        (("Minister Tomas Halberg filed court papers on Monday.",), {"Tomas Halberg": U}),
        (("Minister Ilyas Koval swept into the summit on Tuesday.",), {"Ilyas Koval": A}),
        (
            (
                "The delegates took their seats as President Elena Varga took the stage at the forum.",
            ),
            {"Elena Varga": A},
        ),
        (("President Elena Varga said at the summit that talks would go on.",), {"Elena Varga": A}),
        (
            ("President Elena Varga told delegates in Lima that the plan was sound.",),
            {"Elena Varga": A},
        ),
        (
            ('"We are close," said Minister Ilyas Koval during his speech at the summit.',),
            {"Ilyas Koval": A},
        ),
        (
            (
                "Koval's speech was delivered in the presence of President Elena Varga and envoy "
                "Irena Sokol.",
            ),
            {"Elena Varga": A, "Irena Sokol": A},
        ),
        (("Envoy Irena Sokol opened the conference with a call for unity.",), {"Irena Sokol": A}),
        (("Judge Tomas Halberg addressed the court before ruling.",), {"Tomas Halberg": A}),
    ],
)
def test_being_there(paragraphs: tuple[str, ...], expected: dict[str, str]) -> None:
    check(paragraphs, expected)


@pytest.mark.parametrize(
    ("paragraphs", "who"),
    [
        (("President Elena Varga said at a news conference that she was hopeful.",), "Elena Varga"),
        (
            ("Lawyers for envoy Irena Sokol said in court filings that she was innocent.",),
            "Irena Sokol",
        ),
        (("Minister Ilyas Koval spoke at last year's summit about water.",), "Ilyas Koval"),
        (
            ("Minister Ilyas Koval said Arvenia would keep participating in the alliance.",),
            "Ilyas Koval",
        ),
        (("Minister Ilyas Koval may attend the hearing virtually if he chooses.",), "Ilyas Koval"),
        (
            ("The judge said Ilyas Koval could appear either in person or virtually.",),
            "Ilyas Koval",
        ),
    ],
)
def test_not_being_there(paragraphs: tuple[str, ...], who: str) -> None:
    assert status(facts(*paragraphs), who) == U


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("President Elena Varga will join the summit by video link.",), {"Elena Varga": N}),
        (("Envoy Irena Sokol appeared virtually from her office.",), {"Irena Sokol": N}),
        (
            (
                "President Elena Varga will take part via videoconference, while Minister Ilyas "
                "Koval will be present at the summit.",
            ),
            {"Elena Varga": N, "Ilyas Koval": A},
        ),
        (("President Elena Varga could skip the summit if the deal stalls.",), {"Elena Varga": C}),
        (("President Elena Varga has threatened to boycott the summit.",), {"Elena Varga": C}),
        (("President Elena Varga spoke by video link.",), {"Elena Varga": N}),
        (("President Elena Varga has intervened by videoconference.",), {"Elena Varga": N}),
        (("President Elena Varga appeared on a screen for ten minutes.",), {"Elena Varga": N}),
        (
            (
                "President Elena Varga spoke on Monday, a day after she addressed the nation online.",
            ),
            {"Elena Varga": U},
        ),
        (
            ("President Elena Varga will not attend unless the bloc drops its plan.",),
            {"Elena Varga": C},
        ),
        (("Chile has said it will stay away unless its demand is met.",), {"Chile": C}),
        (("Chile said it would not attend the summit.",), {"Chile": N}),
        (("Officials in Chile said it would rain during the summit.",), {"Chile": U}),
        (
            ("President Elena Varga will host leaders from across the region for a summit.",),
            {"Elena Varga": A},
        ),
        (("President Elena Varga welcomed her peers at the palace.",), {"Elena Varga": A}),
        (
            ("President Elena Varga welcomed the leaders' pledge to cut emissions.",),
            {"Elena Varga": U},
        ),
        (
            ("Led by President Elena Varga and envoy Irena Sokol, the summit adopted a plan.",),
            {"Elena Varga": A, "Irena Sokol": A},
        ),
    ],
)
def test_remote_conditional_and_led(paragraphs: tuple[str, ...], expected: dict[str, str]) -> None:
    check(paragraphs, expected)


def test_lobbying_someone_to_attend_states_nothing() -> None:
    f = facts("Officials lobbied President Elena Varga to attend the summit from abroad.")
    assert status(f, "Elena Varga") == U


def test_cancelled_plans() -> None:
    f = facts("President Elena Varga cancelled her plans following an injury.")
    assert status(f, "Elena Varga") == N


def test_an_announced_list_of_attendees() -> None:
    f = facts(
        "Here is a look at the leaders attending:",
        "- President Elena Varga",
        "- Minister Tomas Halberg and his wife Ana Halberg",
        "Europe",
        "NORWAY – Prime Minister Ilyas Koval, Foreign Minister Irena Sokol.",
        "The summit opens on Monday after years of delays, and critics expect little of it.",
        "Envoy Pavel Rusnak praised the host.",
    )
    for name in ("Elena Varga", "Tomas Halberg", "Ana Halberg", "Ilyas Koval", "Irena Sokol"):
        assert status(f, name) == A, name
    assert status(f, "Pavel Rusnak") == U  # after the list ended
    assert f.person("Norway") is None  # a label names whose people these are


def test_an_announced_list_of_absentees() -> None:
    f = facts(
        "The following leaders will not attend the summit:",
        "President Elena Varga (Arvenia)",
        "Prime Minister Ilyas Koval",
    )
    assert status(f, "Elena Varga") == N
    assert status(f, "Ilyas Koval") == N


def test_a_list_item_with_its_own_statement() -> None:
    f = facts(
        "Following is a list of the leaders who have said they will attend the funeral.",
        "GERMANY: President Tomas Halberg. Incoming chancellor Ilyas Koval will not attend.",
    )
    assert status(f, "Tomas Halberg") == A
    assert status(f, "Ilyas Koval") == N


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("Nations close to Coristan, such as Peru, Chile, and Ghana, are also present.",),
            {"Peru": A, "Chile": A, "Ghana": A},
        ),
        (
            (
                "Leaders including President Elena Varga, Minister Ilyas Koval, and Chile's "
                "Tomas Halberg, are missing from the summit.",
            ),
            {"Elena Varga": N, "Ilyas Koval": N, "Tomas Halberg": N},
        ),
        (
            (
                "President Elena Varga and Chile's Tomas Halberg are among leaders skipping the event.",
            ),
            {"Elena Varga": N, "Tomas Halberg": N},
        ),
        (
            (
                "Leaders meet at the forum in Lima next week.",
                "The EU will send Council President Ilyas Koval and water chief Irena Sokol.",
            ),
            {"Ilyas Koval": A, "Irena Sokol": A},
        ),
        (
            (
                "President Elena Varga has sent an emissary, Minister Tomas Halberg, to the summit instead.",
            ),
            {"Elena Varga": N, "Tomas Halberg": A},
        ),
        (
            (
                "The other members - Chile, Peru and Ghana - will be represented by their heads of state.",
            ),
            {"Chile": A, "Peru": A, "Ghana": A},
        ),
    ],
)
def test_lists_senders_and_representation(
    paragraphs: tuple[str, ...], expected: dict[str, str]
) -> None:
    check(paragraphs, expected)


def test_sending_someone_elsewhere_is_not_attending() -> None:
    f = facts("President Elena Varga will send Minister Tomas Halberg to Kyiv.")
    assert status(f, "Tomas Halberg") == U


def test_a_party_represented_by_a_person_is_that_person() -> None:
    f = facts("Peru will be represented at the summit by Foreign Minister Tomas Halberg.")
    assert status(f, "Tomas Halberg") == A
    assert f.person("Peru") is None


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Dozens of leaders attended the ceremony, notably President Elena Varga and "
                "Minister Ilyas Koval.",
            ),
            {"Elena Varga": A, "Ilyas Koval": A},
        ),
        (
            ("The forum lacks weight due to the absence of key partners, notably Peru.",),
            {"Peru": N},
        ),
        (
            (
                "Hosted at a lakeside resort, the summit has drawn envoys from 60 countries, "
                "including Chile, Ghana and Peru.",
            ),
            {"Chile": A, "Ghana": A, "Peru": A},
        ),
        (
            (
                "More than 70 leaders are expected at the summit.",
                "Among them is Prime Minister Ilyas Koval, who has promised new funds.",
            ),
            {"Ilyas Koval": A},
        ),
        (
            ("Peru's participation was considered but ultimately declined.",),
            {"Peru": N},
        ),
        (
            ("Summit host Elena Varga and co-chairs Ilyas Koval and Tomas Halberg spoke first.",),
            {"Elena Varga": A, "Ilyas Koval": A, "Tomas Halberg": A},
        ),
        (
            (
                "Minister Ilyas Koval and envoy Irena Sokol are among the 40 speakers set to speak "
                "on Tuesday.",
            ),
            {"Ilyas Koval": A, "Irena Sokol": A},
        ),
        (
            (
                "President Elena Varga and the leaders of Chile are among those expected to join "
                "Minister Tomas Halberg at the summit.",
                "Peru and Ghana are also expected to join.",
            ),
            {"Peru": A, "Ghana": A, "Chile": A},
        ),
    ],
)
def test_groups_lists_and_event_titles(
    paragraphs: tuple[str, ...], expected: dict[str, str]
) -> None:
    check(paragraphs, expected)


@pytest.mark.parametrize(
    ("paragraphs", "who"),
    [
        (("Around 80 leaders took part in the summit.",), "Peru"),
        (("Sweden applied last year. Norway is also expected to join.",), "Norway"),
        (("Turkish President Ilyas Koval will meet envoys in Ankara.",), "Ilyas Koval"),
        (("The host, President Elena Varga, praised the harvest.",), "Elena Varga"),
    ],
)
def test_groups_and_titles_that_state_nothing(paragraphs: tuple[str, ...], who: str) -> None:
    assert who not in statuses(*paragraphs)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # scope: another meeting, another time, a side event
        (
            ("Leaders agreed on a follow-up meeting that would include President Elena Varga.",),
            {"Elena Varga": U},
        ),
        (
            ("Minister Ilyas Koval skipped the ministers' meeting earlier this year.",),
            {"Ilyas Koval": U},
        ),
        (("President Elena Varga attended the summit in 2019.",), {"Elena Varga": U}),
        (
            ("President Elena Varga opened the summit.", "Varga will not attend the dinner."),
            {"Elena Varga": A},
        ),
        # the later report wins
        (
            ("President Elena Varga had planned to skip the summit, but she ultimately attended.",),
            {"Elena Varga": A},
        ),
        (
            (
                "President Elena Varga was due to attend the summit.",
                "But her participation was ultimately cancelled.",
            ),
            {"Elena Varga": N},
        ),
        # the absence belongs to its own subject
        (
            ("Notably absent was President Tomas Halberg, whom envoy Daniel Okafor had invited.",),
            {"Tomas Halberg": N, "Daniel Okafor": U},
        ),
        # would probably meet: the partner's plans are not stated
        (
            (
                "Minister Tomas Halberg said he would probably meet envoy Irena Sokol at the summit.",
            ),
            {"Irena Sokol": U},
        ),
        (("In the months leading up to the summit, Chile lobbied for a seat.",), {"Chile": U}),
    ],
)
def test_scope_time_and_order(paragraphs: tuple[str, ...], expected: dict[str, str]) -> None:
    check(paragraphs, expected)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Chilean President Elena Varga and Peruvian President Ilyas Koval met in May.",
                "The Chilean and Peruvian presidents are chairing the summit.",
            ),
            {"Elena Varga": A, "Ilyas Koval": A},
        ),
        (
            (
                "Chilean President Elena Varga spoke on Monday.",
                "Officials regret the absence of Chile's president at the summit.",
            ),
            {"Elena Varga": N},
        ),
        (
            ("US Vice\u2011President JD Vance spoke at the summit.", "J.D. Vance left early."),
            {"JD Vance": A},
        ),
        (("King Tomas II of Arvenia attended the funeral.",), {"Tomas II": A}),
        (
            ("President Elena Varga arrived, flanked by Minister Tomas Halberg, for the summit.",),
            {"Elena Varga": A, "Tomas Halberg": A},
        ),
        (
            ("President Elena Varga greeted Prime Minister Ilyas Koval at the summit.",),
            {"Elena Varga": A, "Ilyas Koval": A},
        ),
        (
            ("President Elena Varga will meet Prime Minister Ilyas Koval at the summit.",),
            {"Elena Varga": A, "Ilyas Koval": A},
        ),
        (("Judge Tomas Halberg presided over the hearing.",), {"Tomas Halberg": A}),
        (("Minister Tomas Halberg is not listed in the delegation.",), {"Tomas Halberg": N}),
        (("Joining the president will be Minister Tomas Halberg.",), {"Tomas Halberg": A}),
        (
            (
                "Her barrister, Irena Sokol KC, who asked the court to release her on bail, "
                "arrived early.",
            ),
            {"Irena Sokol": A},
        ),
        (("The state will be represented by Clare Whitby at the hearing.",), {"Clare Whitby": A}),
    ],
)
def test_people_written_short_and_roles(
    paragraphs: tuple[str, ...], expected: dict[str, str]
) -> None:
    check(paragraphs, expected)


def test_flanked_away_from_the_event_states_nothing() -> None:
    f = facts("President Elena Varga, flanked by aides, told reporters in Lima she was tired.")
    assert status(f, "Elena Varga") == U


def test_inferred_attendance_is_marked_unsure() -> None:
    f = facts("President Elena Varga told delegates in Lima that the plan was sound.")
    p = f.person("Elena Varga")
    assert p is not None and p.attendance == A and p.unsure
    f = facts("President Elena Varga will attend the summit.")
    p = f.person("Elena Varga")
    assert p is not None and p.attendance == A and not p.unsure


def test_title_case_words_are_not_names() -> None:
    f = facts(
        "Arvenia's President Didn't Actually Adopt Young Boy",
        "Arvenia's President Elena Varga did not adopt a boy, officials said.",
    )
    assert [p.name for p in f.people if not p.is_party] == ["Elena Varga"]


def test_a_name_in_a_headline_is_known_from_the_body() -> None:
    f = facts(
        "Minister Pavel Rusnak Will Skip Water Summit",
        "Minister Pavel Rusnak will not attend the summit, his office said.",
    )
    assert status(f, "Pavel Rusnak") == N


def test_statements_inside_quotations_are_kept_as_unsure() -> None:
    f = facts('"The summit will be attended by the leaders of Chile and Peru," the office said.')
    for name in ("Chile", "Peru"):
        p = f.person(name)
        assert p is not None and p.attendance == A and p.unsure, name
        assert "quotation" in p.cues[0].cue


def test_a_probable_meeting_does_not_change_attendance() -> None:
    f = facts(
        "President Elena Varga swept into the summit on Tuesday.",
        "Varga said she would probably meet envoy Irena Sokol at the summit.",
    )
    assert status(f, "Elena Varga") == A
    assert status(f, "Irena Sokol") == U


def test_the_hosting_of_an_event_is_not_a_host() -> None:
    f = facts('"Minister Tomas Halberg worked for months on the hosting of the summit," she said.')
    assert status(f, "Tomas Halberg") == U


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Former President Tomas Halberg is also attending the funeral alongside his wife Ana "
                "Halberg.",
            ),
            {"Tomas Halberg": A, "Ana Halberg": A},
        ),
        (
            (
                "The speech was delivered before co-chairs Prime Minister Ilyas Koval and President "
                "Elena Varga.",
            ),
            {"Ilyas Koval": A, "Elena Varga": A},
        ),
        (
            ("President Elena Varga departed Lima on Tuesday night for the water summit.",),
            {"Elena Varga": A},
        ),
        (
            (
                "Dozens of leaders attended the mass, notably President Elena Varga, Prime Minister "
                "Sir Tomas Halberg and Minister Ilyas Koval.",
            ),
            {"Elena Varga": A, "Tomas Halberg": A, "Ilyas Koval": A},
        ),
        (
            ("Shortly after, Vice President Irena Sokol took the stage at the Grand Hall.",),
            {"Irena Sokol": A},
        ),
        (('"The agenda is not to leave Europe, Peru is here," the minister said.',), {"Peru": U}),
    ],
)
def test_companions_chairs_and_departures(
    paragraphs: tuple[str, ...], expected: dict[str, str]
) -> None:
    check(paragraphs, expected)


V, H = "Elena Varga", "Tomas Halberg"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Elena Varga will be in attendance.", {V: A}),
        ("President Elena Varga will not be making the trip.", {V: N}),
        ("President Elena Varga has pulled out of the summit.", {V: N}),
        ("President Elena Varga has opted out of the summit.", {V: N}),
        ("President Elena Varga turned down the invitation to the summit.", {V: N}),
        ("President Elena Varga was invited but declined.", {V: N}),
        ("President Elena Varga was invited to attend.", {V: U}),
        ("President Elena Varga did not show up.", {V: N}),
        ("President Elena Varga failed to show up for the summit.", {V: N}),
        ("President Elena Varga will stay home.", {V: N}),
        ("President Elena Varga landed in Lima on Monday for the summit.", {V: A}),
        ("President Elena Varga landed in Lima on Monday for a meeting.", {V: U}),
        ("President Elena Varga was spotted at the summit.", {V: A}),
        ("Also present were Minister Tomas Halberg and envoy Irena Sokol.", {H: A}),
        (
            "Minister Tomas Halberg will stand in for President Elena Varga at the summit.",
            {H: A, V: N},
        ),
        ("President Elena Varga will be represented by Minister Tomas Halberg.", {H: A, V: N}),
        ("President Elena Varga has yet to confirm her attendance.", {V: C}),
        ("Chile was the only country not to send a delegation.", {"Chile": N}),
        ("Peru will send a delegation led by Minister Tomas Halberg.", {"Peru": A, H: A}),
        ("The summit opened with a speech by President Elena Varga.", {V: A}),
        ("President Elena Varga delivered a video message to the summit.", {V: N}),
    ],
)
def test_everyday_constructions(text: str, expected: dict[str, str]) -> None:
    check((text,), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what attend takes: an event, not a school or a church
        ("President Elena Varga attended Harvard University.", {V: U}),
        ("President Elena Varga attended church on Sunday.", {V: U}),
        ("President Elena Varga will not be attending the 15th Water Summit in Lima.", {V: N}),
        ("President Elena Varga will attend COP30 next week.", {V: A}),
        ("President Elena Varga has attended every summit since 2010.", {V: U}),
        # another event, a demand, a request, a condition, a question
        ("President Elena Varga hosted a dinner for donors.", {V: U}),
        ("President Elena Varga called for a boycott of the summit.", {V: U}),
        ("Critics urged President Elena Varga to boycott the summit.", {V: U}),
        ("If President Elena Varga attends, the talks could succeed.", {V: U}),
        ("Will President Elena Varga attend the summit?", {V: U}),
        # denials and false reports state nothing
        ("President Elena Varga denied reports that she would skip the summit.", {V: U}),
        ("Reports that President Elena Varga would attend the summit were false.", {V: U}),
        ("President Elena Varga's office denied she would attend.", {V: U}),
        # someone set apart, and a person's affiliation
        (
            "Unlike President Elena Varga, Minister Tomas Halberg will attend the summit.",
            {V: U, H: A},
        ),
        (
            '"President Elena Varga of Chile will not attend the summit," the office said.',
            {V: N, "Chile": U},
        ),
        ('"Minister Tomas Halberg could skip the summit," she said.', {H: C}),
    ],
)
def test_what_states_nothing_or_the_opposite(text: str, expected: dict[str, str]) -> None:
    check((text,), expected)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "President Elena Varga, Minister Tomas Halberg and envoy Irena Sokol were among those "
                "who have arrived.",
            ),
            {V: A, H: A, "Irena Sokol": A},
        ),
        (
            ("President Elena Varga will co-chair the summit with Minister Tomas Halberg.",),
            {V: A, H: A},
        ),
        (("President Elena Varga joined virtually.",), {V: N}),
        (
            (
                "President Elena Varga was due to attend.",
                "Her participation was ultimately cancelled.",
            ),
            {V: N},
        ),
        (
            (
                "Leaders of 40 countries will attend the summit.",
                "They include President Elena Varga and Minister Tomas Halberg.",
            ),
            {V: A, H: A},
        ),
    ],
)
def test_issue_constructions(paragraphs: tuple[str, ...], expected: dict[str, str]) -> None:
    check(paragraphs, expected)


def test_a_middle_initial_stays_in_the_name() -> None:
    f = facts("Ambassador Matthew G. Okafor will attend the summit.")
    assert status(f, "Matthew G. Okafor") == A


def test_a_byline_is_no_antecedent() -> None:
    assert statuses("Reporter Pavel Rusnak", "He will not attend the summit, officials said.") == {}


def test_a_list_under_section_headings() -> None:
    f = facts(
        "Following are the delegations taking part in the forum, and those who are absent.",
        "ATTENDING",
        "* CHILE – President Elena Varga (host)",
        "* PERU – Foreign Minister Tomas Halberg (President Ilyas Koval stayed home)",
        "BY VIDEO",
        "* GHANA – President Irena Sokol",
        "NOT ATTENDING",
        "* KENYA – boycotting over a fishing dispute",
        "OTHERS",
        "* NORWAY – invited to send an observer",
    )
    assert status(f, "Elena Varga") == A
    assert status(f, "Tomas Halberg") == A
    assert status(f, "Ilyas Koval") == N
    assert status(f, "Irena Sokol") == N
    assert status(f, "Kenya") == N
    assert f.person("Norway") is None and f.person("Peru") is None


def test_read_by_someone_at_the_event() -> None:
    f = facts("A message from the king was read during the Mass by Cardinal Tomas Halberg.")
    assert status(f, "Tomas Halberg") == A


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Among those attending in the front rows: Prime Minister Ana Ruiz, President Ilyas "
                "Koval with first lady Irena Koval, and Minister Tomas Halberg.",
            ),
            {"Ana Ruiz": A, "Ilyas Koval": A, "Irena Koval": A, H: A},
        ),
        (
            ("Notably absent: former prime minister Pavel Rusnak, who was not invited.",),
            {"Pavel Rusnak": N},
        ),
        (
            ("Secretary-General Ana Ruiz is seated beside Prime Minister Tomas Halberg.",),
            {"Ana Ruiz": A, H: A},
        ),
        (('President Elena Varga, in her eulogy: "He taught us much."',), {V: A}),
        (("President Elena Varga will not travel to Lima, her office said on Friday.",), {V: N}),
        (("Her son, Pavel Varga, is following the ceremony by video link.",), {"Pavel Varga": N}),
        (("District Judge Ana Ruiz, presiding, heard an application for bail.",), {"Ana Ruiz": A}),
        (
            ("Prosecutor Ana Ruiz opposed bail.", "She urged the court to keep him in custody."),
            {"Ana Ruiz": A},
        ),
        (("His wife, Ana Ruiz, watched from the public gallery.",), {"Ana Ruiz": A}),
        (("He was joined in the prison video room by his solicitor, Ana Ruiz.",), {"Ana Ruiz": N}),
        (
            (
                "Flanked by envoy Ana Ruiz and Mayor Tomas Halberg, President Elena Varga opened the "
                "meeting with a minute's silence for Pavel Rusnak, a driver who died in July.",
            ),
            {"Ana Ruiz": A, H: A, V: A, "Pavel Rusnak": U},
        ),
        (
            ("Chile is represented by vice-minister Ana Ruiz, in place of envoy Tomas Halberg.",),
            {"Ana Ruiz": A, H: N},
        ),
        (
            ("Minister Ana Ruiz, speaking to reporters outside the plenary hall, said little.",),
            {"Ana Ruiz": A},
        ),
    ],
)
def test_live_blog_and_courtroom_constructions(
    paragraphs: tuple[str, ...], expected: dict[str, str]
) -> None:
    check(paragraphs, expected)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("We're in Court 1. District Judge Ana Ruiz is sitting.",), {"Ana Ruiz": A}),
        (
            ("In court: Tomas Halberg for the defence; Ana Ruiz for the Kingdom of Spain.",),
            {H: A, "Ana Ruiz": A},
        ),
        (
            ("Spain's consul-general, Ana Ruiz, is in the front row of the public seats.",),
            {"Ana Ruiz": A},
        ),
        (("The accused, Tomas Halberg, is visible on the video screen from the prison.",), {H: N}),
        (
            ("The meeting was hosted at the group's secretariat by Secretary-General Ana Ruiz.",),
            {"Ana Ruiz": A},
        ),
        (
            ("Ministers from Chile, Peru and Ghana attended in person.",),
            {"Chile": A, "Peru": A, "Ghana": A},
        ),
        (
            (
                "LIMA, May 4 (Wire) - The forum opened in Lima on Monday.",
                "Minister Tomas Halberg was also in Lima and demanded more funds.",
            ),
            {H: A},
        ),
        (("Minister Tomas Halberg was in court filings described as a witness.",), {H: U}),
    ],
)
def test_being_in_the_room(paragraphs: tuple[str, ...], expected: dict[str, str]) -> None:
    check(paragraphs, expected)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Envoy Tomas Halberg will not travel to Lima; Peru sent vice-minister Ana Ruiz instead.",
            ),
            {H: N, "Peru": U, "Ana Ruiz": A},
        ),
        (
            ("Last year's preparatory meeting in Nadi, hosted by Chile, drew 14 delegations.",),
            {"Chile": U},
        ),
        (("Next year's conference will be hosted by Chile.",), {"Chile": U}),
        (
            ('"Cuts are fiction," said analyst Ana Ruiz, who attended the press conference.',),
            {"Ana Ruiz": U},
        ),
        (("Minister Tomas Halberg attended a separate hearing on Thursday.",), {H: U}),
        (("Vice-President Jude Remi Okafor will be sent instead.",), {"Jude Remi Okafor": A}),
        (("The union's president, Ana Ruiz, skipped last week's board meeting.",), {"Ana Ruiz": U}),
    ],
)
def test_other_occasions_and_who_is_sent(
    paragraphs: tuple[str, ...], expected: dict[str, str]
) -> None:
    check(paragraphs, expected)


def test_spaced_initials_stay_in_the_name() -> None:
    f = facts("Foreign Minister J. R. Okafor attended the summit.")
    assert status(f, "J. R. Okafor") == A


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the presence of someone stated as a fact, with its list
        (
            (
                "The presence of senior officials, including Elena Varga from Arvenia and "
                "President Ilyas Koval of Coristan, underlined the weight of the summit.",
            ),
            {"Elena Varga": A, "Ilyas Koval": A},
        ),
        (
            ("The presence of Tomas Halberg at the talks surprised diplomats.",),
            {"Tomas Halberg": A},
        ),
        # ... not asked for, doubted, ruled out or wished
        (("Arvenia demanded the presence of Tomas Halberg at the talks.",), {"Tomas Halberg": U}),
        (
            ("The presence of Tomas Halberg at the talks would change little, diplomats said.",),
            {"Tomas Halberg": U},
        ),
        (
            ("The presence of Tomas Halberg at the talks was never confirmed.",),
            {"Tomas Halberg": U},
        ),
        # paying one's respects in person, at a funeral or a lying in state
        (
            (
                "Among the mourners, President Elena Varga and Foreign Minister Tomas Halberg "
                "will also be paying their respects.",
            ),
            {"Elena Varga": A, "Tomas Halberg": A},
        ),
        (
            ("Tomas Halberg paid his last respects at the cathedral on Friday.",),
            {"Tomas Halberg": A},
        ),
        (
            ("Tomas Halberg paid his respects in a message on social media.",),
            {"Tomas Halberg": U},
        ),
    ],
)
def test_presence_stated_and_respects_paid(
    paragraphs: tuple[str, ...], expected: dict[str, str]
) -> None:
    check(paragraphs, expected)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "An official said that Elena Varga shook hands with Foreign Minister Tomas "
                "Halberg and Deputy Energy Minister Marta Lindqvist before the summit began.",
            ),
            {"Elena Varga": A, "Tomas Halberg": A, "Marta Lindqvist": A},
        ),
        (
            ("Elena Varga shook hands with Tomas Halberg at the summit.",),
            {"Elena Varga": A, "Tomas Halberg": A},
        ),
        # a handshake elsewhere, or one that did not happen, says nothing about the summit
        (
            ("Elena Varga shook hands with Tomas Halberg in Veltro last year.",),
            {"Elena Varga": U, "Tomas Halberg": U},
        ),
        (
            ("Elena Varga refused to shake hands with Tomas Halberg at the summit.",),
            {"Tomas Halberg": U},
        ),
    ],
)
def test_shaking_hands_at_the_event(paragraphs: tuple[str, ...], expected: dict[str, str]) -> None:
    check(paragraphs, expected)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("Elena Varga, however, was assigned a less prominent seat at the summit.",),
            {"Elena Varga": A},
        ),
        (("Tomas Halberg was given a seat in the front row.",), {"Tomas Halberg": A}),
        # a seat at the table is a say in the talks, not a place in the room
        (("Tomas Halberg was offered a seat at the table.",), {"Tomas Halberg": U}),
        (("Tomas Halberg was given a seat at the table.",), {"Tomas Halberg": U}),
        (("Tomas Halberg was not given a seat at the summit.",), {"Tomas Halberg": U}),
    ],
)
def test_given_a_seat_at_the_event(paragraphs: tuple[str, ...], expected: dict[str, str]) -> None:
    check(paragraphs, expected)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a sentence set at the event: whoever acts in it is there
        (("At the hearing, Judge Helen Marsh refused bail.",), {"Helen Marsh": A}),
        (("In court, Julian Okonjo made the best of a weak hand.",), {"Julian Okonjo": A}),
        (
            ("During the summit, Foreign Minister Tomas Halberg announced a new fund.",),
            {"Tomas Halberg": A},
        ),
        (("The hearing was presided over by Judge Helen Marsh.",), {"Helen Marsh": A}),
        # ... not another occasion, not someone only talked about, not a passive
        (("At last year's summit, Tomas Halberg announced a new fund.",), {"Tomas Halberg": U}),
        (("At the summit, Tomas Halberg's plan was discussed.",), {"Tomas Halberg": U}),
        (
            ("At the summit, Tomas Halberg was criticised by several delegates.",),
            {"Tomas Halberg": U},
        ),
        (("In a statement, Tomas Halberg welcomed the deal.",), {"Tomas Halberg": U}),
    ],
)
def test_a_sentence_set_at_the_event(paragraphs: tuple[str, ...], expected: dict[str, str]) -> None:
    check(paragraphs, expected)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Vasco Leitao wasn't even invited.",), {"Vasco Leitao": N}),
        (("Tomas Halberg stayed at home.",), {"Tomas Halberg": N}),
        (("Tomas Halberg remained at home with a chest infection.",), {"Tomas Halberg": N}),
        (("Tomas Halberg remained behind in Veltro.",), {"Tomas Halberg": N}),
        # an invitation that came, a stay at the venue
        (("Vasco Leitao was even invited to speak at the summit.",), {"Vasco Leitao": U}),
        (("Vasco Leitao declined to speak at the summit.",), {"Vasco Leitao": U}),
        (("Vasco Leitao is expected to speak at the summit.",), {"Vasco Leitao": A}),
        (("Tomas Halberg stayed at the summit until the end.",), {"Tomas Halberg": U}),
        # an expectation that did not hold, someone else's wish
        (("Tomas Halberg had been expected to stay at home.",), {"Tomas Halberg": U}),
        (("Critics urged Tomas Halberg to stay at home.",), {"Tomas Halberg": U}),
    ],
)
def test_staying_at_home_and_not_even_invited(
    paragraphs: tuple[str, ...], expected: dict[str, str]
) -> None:
    check(paragraphs, expected)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Agency chief Tomas Whitfield wasn't there.",), {"Tomas Whitfield": N}),
        (
            (
                "The meeting is co-chaired by Prime Minister Tomas Halberg and Norway's "
                "Climate Minister Sigrid Haugland.",
            ),
            {"Tomas Halberg": A, "Sigrid Haugland": A},
        ),
        (
            (
                "The summit opened with the presence of Tomas Halberg and Norway's Climate "
                "Minister Sigrid Haugland.",
            ),
            {"Tomas Halberg": A, "Sigrid Haugland": A},
        ),
    ],
)
def test_contractions_and_a_country_possessive_in_a_list(
    paragraphs: tuple[str, ...], expected: dict[str, str]
) -> None:
    check(paragraphs, expected)


EVENT = "Leaders gathered for the summit in Veltro."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tomas Halberg was among the leaders at the summit.", {"Tomas Halberg": A}),
        (
            "Notable absentees included Tomas Halberg and Elena Varga.",
            {"Tomas Halberg": N, "Elena Varga": N},
        ),
        ("Tomas Halberg was a notable absentee.", {"Tomas Halberg": N}),
        ("Speaking at the summit, Tomas Halberg said the deal was close.", {"Tomas Halberg": A}),
        ("Addressing delegates, Tomas Halberg said the deal was close.", {"Tomas Halberg": A}),
        (
            "Tomas Halberg and Elena Varga signed the declaration at the summit.",
            {"Tomas Halberg": A, "Elena Varga": A},
        ),
        ("Tomas Halberg pledged 300 million dollars at the summit.", {"Tomas Halberg": A}),
        # a country acts through whoever it sent: that says nothing of who
        ("Norway signed separate agreements at the summit.", {"Norway": U}),
        ("Tomas Halberg left the summit early.", {"Tomas Halberg": A}),
        ("Tomas Halberg walked out of the summit.", {"Tomas Halberg": A}),
        # a negation says nothing of being there; a passive names no one who was
        ("Tomas Halberg did not sign the declaration at the summit.", {"Tomas Halberg": U}),
        ("Tomas Halberg did not leave the summit early.", {"Tomas Halberg": U}),
        ("Tomas Halberg was criticised at the summit.", {"Tomas Halberg": U}),
        ("Tomas Halberg's plan, unveiled at the summit, was welcomed.", {"Tomas Halberg": U}),
        (
            "Speaking to reporters in Norway, Tomas Halberg said the deal was close.",
            {"Tomas Halberg": U},
        ),
        ("Tomas Halberg was not among the absentees.", {"Tomas Halberg": U}),
    ],
)
def test_more_ways_of_being_there_or_not(sentence: str, expected: dict[str, str]) -> None:
    check((EVENT, sentence), expected)


def test_category_headings_keep_the_announced_status() -> None:
    """Headings that sort the guests ("ROYAL HOUSES", "HEADS OF STATE") keep the status the list
    was announced with; a status heading ("NOT ATTENDING") sets its own."""
    f = facts(
        "VELTRO, May 8 (Harbour Wire) - Following is a list of the guests who the palace says "
        "will attend the ceremony.",
        "ROYAL HOUSES",
        "VESTRIA – King Leopold VI and Queen Marie-Claire",
        "LINDENBURG – Grand Duchess Amalie and Crown Princess Elin",
        "HEADS OF STATE AND GOVERNMENT",
        "NORWAY – Prime Minister Ilyas Koval",
        "NOT ATTENDING",
        "ARVENIA – President Elena Varga (a summit in Veltro)",
    )
    assert status(f, "Ilyas Koval") == A
    assert status(f, "Elena Varga") == N
    for royal in ("Leopold VI", "Marie-Claire", "Amalie", "Elin"):  # named by their titles
        assert status(f, royal) == A, royal


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tomas Halberg co-hosted the meeting.", {"Tomas Halberg": A}),
        (
            "Korea's Tomas Halberg and Elena Varga, who co-hosted the meeting, issued a summary.",
            {"Tomas Halberg": A, "Elena Varga": A},
        ),
        # a relative clause belongs to its own antecedents only
        (
            "Tomas Halberg met Elena Varga, who co-hosted the meeting, on Friday.",
            {"Elena Varga": A},
        ),
    ],
)
def test_co_hosts_and_a_relative_clause_of_two(sentence: str, expected: dict[str, str]) -> None:
    check(("Finance ministers met in Veltro for two days of talks.", sentence), expected)


RETREAT = "Ministers met in Veltro for the retreat."


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # another occasion: a forum elsewhere, a side dinner's host
        (
            (
                RETREAT,
                '"A code without teeth is worthless," Foreign Minister Tomas Halberg told a '
                "forum in Arvenia last Thursday.",
            ),
            {"Tomas Halberg": U},
        ),
        (
            (
                RETREAT,
                "Ministers are boarding buses for a working dinner at the waterfront hosted by "
                "Governor Elena Varga.",
            ),
            {"Elena Varga": U},
        ),
        # ... but the event's own opening dinner is the event
        (
            (
                RETREAT,
                "Ministers began the two-day gathering with a dinner hosted by King Tomas II.",
            ),
            {"Tomas II": A},
        ),
        # a semicolon ends a list of who represents
        (
            (
                RETREAT,
                "Arvenia was represented by Secretary of State Pavel Rusnak; Foreign Minister "
                "Tomas Halberg stayed in Arvenia for a budget vote.",
            ),
            {"Pavel Rusnak": A, "Tomas Halberg": U},
        ),
        # in a list, whom someone stands in for does not come
        (
            (
                "Following is a list of the delegations attending the retreat:",
                "ARVENIA – Deputy Foreign Minister Pavel Rusnak, in place of Foreign Minister "
                "Tomas Halberg",
                "NORWAY – Foreign Minister Ilyas Koval",
            ),
            {"Pavel Rusnak": A, "Tomas Halberg": N, "Ilyas Koval": A},
        ),
    ],
)
def test_other_occasions_semicolons_and_stand_ins(
    paragraphs: tuple[str, ...], expected: dict[str, str]
) -> None:
    check(paragraphs, expected)


HEARING = "The committee held its hearing on tanker sanctions in Westminster."


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # summoned, compelled: asked, not there
        (
            (
                HEARING,
                "The committee has summoned Viktor Lindqvist to appear in person on 10 March.",
            ),
            {"Viktor Lindqvist": U},
        ),
        (
            (
                HEARING,
                "The chair called on the government to give committees the power to compel "
                "foreign nationals such as Viktor Lindqvist to attend.",
            ),
            {"Viktor Lindqvist": U},
        ),
        # in a place for another meeting
        (
            (
                HEARING,
                "The sanctions minister, Lord Fenwick, was in Westminster for a meeting of "
                "European ministers.",
            ),
            {"Fenwick": U},
        ),
        # whom the sent delegate replaces stays away
        (
            (
                "Leaders gathered for the coronation in Holmstad.",
                "The United States sent Secretary of State Marcus Hale in place of President "
                "Calvin Ashford.",
            ),
            {"Marcus Hale": A, "Calvin Ashford": N},
        ),
        # an earlier word overtaken by what happened
        (
            (
                "Leaders gathered for the coronation in Holmstad.",
                "Prince Mikael, who had said he would stay away, slipped into the third row "
                "minutes before the service began.",
            ),
            {"Mikael": A},
        ),
    ],
)
def test_summons_other_meetings_replacements_and_overtaken_words(
    paragraphs: tuple[str, ...], expected: dict[str, str]
) -> None:
    check(paragraphs, expected)


TALKS2 = "Finance ministers met in Veltro for two days of talks."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Arvenia's Tomas Halberg told the debt session that the plan had failed.",
            {"Tomas Halberg": A},
        ),
        ("Tomas Halberg told the closing plenary that the plan had failed.", {"Tomas Halberg": A}),
        (
            "Tomas Halberg told a press conference in Arvenia that the plan had failed.",
            {"Tomas Halberg": U},
        ),
        (
            "Britain's Chancellor Tomas Halberg, joined by Governor Elena Varga, stopped briefly "
            "for the cameras.",
            {"Tomas Halberg": A, "Elena Varga": A},
        ),
        (
            "Minister Tomas Halberg will boycott the dinner, though he sat through the afternoon "
            "session.",
            {"Tomas Halberg": A},
        ),
    ],
)
def test_speaking_to_a_session_company_and_sitting_through(
    sentence: str, expected: dict[str, str]
) -> None:
    check((TALKS2, sentence), expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Arvenia's Pavel Rusnak, sitting in for Foreign Minister Tomas Halberg, told the "
            "closed session that the text was unacceptable.",
            {"Pavel Rusnak": A, "Tomas Halberg": N},
        ),
        (
            "Pavel Rusnak, deputising for Foreign Minister Tomas Halberg, told the session that "
            "the text was unacceptable.",
            {"Pavel Rusnak": A, "Tomas Halberg": N},
        ),
        ("Missing from the line-up: Norway's Tomas Halberg.", {"Tomas Halberg": N}),
        ("Nothing was missing from the final text: Tomas Halberg saw to it.", {"Tomas Halberg": U}),
    ],
)
def test_sitting_in_for_someone_and_missing_from_the_line_up(
    sentence: str, expected: dict[str, str]
) -> None:
    check(("Ministers met in Veltro for the retreat.", sentence), expected)


CORONATION = "Leaders gathered in Veltro for the coronation."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the one crowned or sworn in, and who crowns them
        (
            "King Tomas II and Queen Elena will be crowned in Veltro Cathedral by Archbishop "
            "Irena Sokol.",
            {"Tomas II": A, "Elena": A, "Irena Sokol": A},
        ),
        ("President Elena Varga was sworn in on Saturday.", {"Elena Varga": A}),
        # staying in another city for something else
        (
            "President Ulrike Brandt will attend, while Chancellor Jonas Reiter will stay in "
            "Berlin for a coalition summit.",
            {"Ulrike Brandt": A, "Jonas Reiter": N},
        ),
        ("Chancellor Jonas Reiter will stay in Veltro until Monday.", {"Jonas Reiter": U}),
        # a colon list after the place where the guests sit
        (
            "Our reporter says the front pews are a who's who of Europe: Norway's Ilyas Koval, "
            "Grand Duchess Amalie and France's Tomas Halberg.",
            {"Ilyas Koval": A, "Amalie": A, "Tomas Halberg": A},
        ),
        ("He is seated in front of the altar, said Tomas Halberg.", {"Tomas Halberg": U}),
        (
            "King Oskar II arrived in a wheelchair. He is seated in front of the altar.",
            {"Oskar II": A},
        ),
        # called off
        (
            "Poland's President Tomasz Wierzbowski had to cancel last night when a storm "
            "grounded his plane.",
            {"Tomasz Wierzbowski": N},
        ),
        ("President Tomasz Wierzbowski cancelled the ceremony.", {"Tomasz Wierzbowski": U}),
    ],
)
def test_ceremonies_other_cities_pews_and_cancelling(
    sentence: str, expected: dict[str, str]
) -> None:
    check((CORONATION, *sentence.split(" || ")), expected)


COUNCIL = "The council met in New York for an emergency meeting."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Envoy Ruslan Tavadze said he would take part only if the council discussed the "
            "shelling. || Otherwise, he said, he would boycott the meeting.",
            {"Ruslan Tavadze": C},
        ),
        (
            "The council ended the meeting without taking action, as Norway shielded Arvenia, "
            "whose envoy boycotted the session.",
            {"Norway": U},
        ),
        ("Rosa Echeverri is expected to brief the members in person.", {"Rosa Echeverri": A}),
        ("Henrik Saarinen will brief by video from Geneva.", {"Henrik Saarinen": N}),
    ],
)
def test_otherwise_whose_and_briefing(sentence: str, expected: dict[str, str]) -> None:
    check((COUNCIL, *sentence.split(" || ")), expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Education Minister Graham Pettigrew, who was not at the table, said the province "
            "had moved.",
            {"Graham Pettigrew": N},
        ),
        (
            "Tomas Halberg was at the negotiating table when the deal was struck.",
            {"Tomas Halberg": A},
        ),
        ("Tomas Halberg was at the table of a restaurant in Arvenia.", {"Tomas Halberg": U}),
        ("Tomas Halberg was not in Veltro on Friday.", {"Tomas Halberg": N}),
    ],
)
def test_at_the_table(sentence: str, expected: dict[str, str]) -> None:
    check(("The talks resumed in Veltro on Friday.", sentence), expected)


def test_counterparts_from_a_list_of_countries() -> None:
    check(
        (
            "Ministers met in Veltro for the retreat.",
            "Foreign Minister Tomas Halberg is expected to be joined by her counterparts from "
            "Norway, Peru and Kenya.",
        ),
        {"Tomas Halberg": A, "Norway": A, "Peru": A, "Kenya": A},
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Arvenia's Tomas Halberg insisted to fellow ministers that any deal be conditional.",
            {"Tomas Halberg": A},
        ),
        (
            "Minister Tomas Halberg attended in online form because her flight was cancelled.",
            {"Tomas Halberg": N},
        ),
        (
            "Tomas Halberg said to reporters in Arvenia that the deal was close.",
            {"Tomas Halberg": U},
        ),
    ],
)
def test_speaking_to_fellow_ministers_and_attending_online(
    sentence: str, expected: dict[str, str]
) -> None:
    check(("Ministers met in Veltro for the retreat.", sentence), expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Deputy Governor Tomas Halberg and Elena Varga voted for a smaller rise.",
            {"Tomas Halberg": A, "Elena Varga": A},
        ),
        ("Deputy Governor Tomas Halberg did not vote for the rise.", {"Tomas Halberg": U}),
        ("Deputy Governor Tomas Halberg voted by video link for the rise.", {"Tomas Halberg": N}),
        ("Deputy Governor Tomas Halberg voted for a rise last year.", {"Tomas Halberg": U}),
    ],
)
def test_voting_at_the_meeting(sentence: str, expected: dict[str, str]) -> None:
    check(("The committee met on Thursday and raised rates.", sentence), expected)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Speaker Tomas Halberg presided over the three-hour debate.",), {"Tomas Halberg": A}),
        (("Former minister Elena Varga skipped the vote.",), {"Elena Varga": N}),
        (
            ("Speaker Tomas Halberg reminds deputies that the vote will be by roll call.",),
            {"Tomas Halberg": A},
        ),
        (
            (
                "Minister Tomas Halberg and Minister Elena Varga are mentioned here.",
                "Two deputies were absent: Tomas Halberg of the Social Party, who is in hospital, "
                "and Elena Varga of the Green League, who is on leave.",
            ),
            {"Tomas Halberg": N, "Elena Varga": N},
        ),
    ],
)
def test_a_vote_in_the_chamber(paragraphs: tuple[str, ...], expected: dict[str, str]) -> None:
    check(("The assembly held a confidence vote on Friday.", *paragraphs), expected)


def test_a_factbox_of_who_is_expected_and_who_is_not() -> None:
    f = facts(
        "The donors' conference opens on Saturday in Veltro. Here is who is expected and who is "
        "not.",
        "HOSTS AND CHAIRS",
        "- Elena Varga, Foreign Minister of Arvenia, hosts the conference.",
        "MAJOR DONORS",
        "- Norway: Development Minister Ilyas Koval.",
        "NOT ATTENDING",
        "- Peru: Foreign Minister Tomas Halberg.",
    )
    assert status(f, "Elena Varga") == A
    assert status(f, "Ilyas Koval") == A
    assert status(f, "Tomas Halberg") == N


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Negotiators opened a new round of talks on Saturday, with Norway acting as mediator.",
            {"Norway": A},
        ),
        (
            "Foreign Minister Pavel Grun, who had been expected to open the round, stayed in the "
            "capital Vell because of a cabinet meeting.",
            {"Pavel Grun": N},
        ),
    ],
)
def test_acting_as_mediator_and_staying_in_the_capital(
    sentence: str, expected: dict[str, str]
) -> None:
    check(("Talks opened in Port Amsel on Saturday.", sentence), expected)


def test_presided_over_not_by_one_but_by_another() -> None:
    check(
        (
            "The assembly held a confidence vote on Friday.",
            "The sitting was presided over not by Speaker Aldo Fenn, who was ill with flu, but "
            "by Deputy Speaker Ruth Kalm.",
        ),
        {"Aldo Fenn": N, "Ruth Kalm": A},
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tomas Halberg sent a video message to the summit.", {"Tomas Halberg": N}),
        ("Tomas Halberg sent a message of support to Elena Varga.", {"Tomas Halberg": U}),
        ("Tomas Halberg laid a wreath at the coffin.", {"Tomas Halberg": A}),
        ("Tomas Halberg was conspicuous by his absence.", {"Tomas Halberg": N}),
        ("Tomas Halberg was a no-show.", {"Tomas Halberg": N}),
        ("Tomas Halberg was not a no-show this time.", {"Tomas Halberg": U}),
    ],
)
def test_messages_wreaths_and_absences(sentence: str, expected: dict[str, str]) -> None:
    check(("Leaders gathered in Veltro for the funeral.", sentence), expected)
