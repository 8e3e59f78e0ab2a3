"""The caseload computed in SQL, checked against the domain's rules on a real vault."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from trajectapp.domain.names import name_key
from trajectapp.domain.partners import PartnerService
from trajectapp.domain.plan import Goal, GoalStatus, Step, StepStatus
from trajectapp.domain.traject import (
    CaseStatus,
    Consent,
    ConsentDecision,
    ConsentPurpose,
    Participation,
    Phase,
    case_status,
)
from trajectapp.services import case_file, needs, plan
from trajectapp.services.caseload import SortKey, caseload_ids, caseload_rows, needs_attention
from trajectapp.services.partners import save_service
from trajectapp.store.connection import transaction
from trajectapp.store.contacts import Action, ActionRepository, Session, SessionRepository

TODAY = date(2026, 6, 15)
EARLIER, LATER = date(2026, 4, 1), date(2026, 5, 1)


def days(count: int) -> timedelta:
    return timedelta(days=count)


def add_session(vault, case_id: int, starts_at: datetime, status: str = "held") -> None:
    with transaction(vault.connection):
        SessionRepository(vault.connection).add(Session(None, case_id, starts_at, status))


def add_action(vault, case_id: int, due_on: date | None, done_on: date | None = None) -> None:
    with transaction(vault.connection):
        ActionRepository(vault.connection).add(
            Action(None, case_id, "Call the justice house", due_on=due_on, done_on=done_on)
        )


def held_on(vault, case_id: int, day: date) -> None:
    add_session(vault, case_id, datetime.combine(day, datetime.min.time()).replace(hour=10))


def ids(vault, **options) -> list[int]:
    return caseload_ids(vault, today=TODAY, **options)


def rows(vault) -> list:
    return caseload_rows(vault, ids(vault), today=TODAY)


def set_release(vault, case, release: date | None):
    return case_file.save_case(vault, replace(case, expected_release=release))


# --- status ------------------------------------------------------------------------------------


def _other_participation(status: Participation) -> Participation:
    """A decision that would give another status, were it taken for the latest."""
    return (
        Participation.ACCEPTED
        if status in (Participation.DECLINED, Participation.WITHDRAWN)
        else Participation.DECLINED
    )


def _other_phase(phase: Phase) -> Phase:
    return Phase.FIRST_CONTACT if phase is Phase.CLOSED else Phase.CLOSED


def test_the_status_in_sql_agrees_with_the_domain_for_every_combination(vault, make_case):
    expected = {}
    for participation, phase in itertools.product([None, *Participation], [None, *Phase]):
        case = make_case(f"{participation} {phase}")
        # The latest by date is written first: the order of writing must not decide.
        if participation is not None:
            case_file.record_participation(vault, case_id=case.id, status=participation, on=LATER)
            case_file.record_participation(
                vault, case_id=case.id, status=_other_participation(participation), on=EARLIER
            )
        if phase is not None:
            case_file.record_phase(vault, case_id=case.id, phase=phase, on=LATER)
            case_file.record_phase(vault, case_id=case.id, phase=_other_phase(phase), on=EARLIER)
        expected[case.id] = (case_status(participation, phase), phase)

    assert {row.case_id: (row.status, row.phase) for row in rows(vault)} == expected
    for status in CaseStatus:
        assert set(ids(vault, status=status)) == {case_id for case_id, (s, _) in expected.items() if s is status}
    assert set(ids(vault, status=None)) == set(expected)


def test_on_one_day_the_decision_written_last_counts(vault, make_case):
    case = make_case()
    case_file.record_participation(vault, case_id=case.id, status=Participation.DECLINED, on=LATER)
    case_file.record_participation(vault, case_id=case.id, status=Participation.ACCEPTED, on=LATER)
    case_file.record_phase(vault, case_id=case.id, phase=Phase.CLOSED, on=LATER)
    case_file.record_phase(vault, case_id=case.id, phase=Phase.AFTERCARE, on=LATER)

    [row] = rows(vault)
    assert (row.status, row.phase) == (CaseStatus.ACTIVE, Phase.AFTERCARE)


# --- what a row shows ----------------------------------------------------------------------------


def test_a_row_counts_only_held_contacts_coming_appointments_and_open_overdue_actions(vault, make_case):
    case = make_case()
    held_on(vault, case.id, TODAY - days(9))
    held_on(vault, case.id, TODAY - days(20))
    add_session(vault, case.id, datetime(2026, 6, 14, 10), "planned")  # in the past: not the next one
    add_session(vault, case.id, datetime(2026, 6, 13, 10), "cancelled")
    add_session(vault, case.id, datetime(2026, 6, 18, 9, 30), "planned")
    add_session(vault, case.id, datetime(2026, 6, 17, 14), "cancelled")
    add_session(vault, case.id, datetime(2026, 6, 25, 9), "planned")
    add_action(vault, case.id, TODAY - days(1))
    add_action(vault, case.id, TODAY - days(30))
    add_action(vault, case.id, TODAY)  # due today is not overdue
    add_action(vault, case.id, TODAY - days(5), done_on=TODAY - days(2))
    add_action(vault, case.id, None)

    [row] = rows(vault)

    assert row.last_contact == TODAY - days(9)
    assert row.days_since_contact(TODAY) == 9
    assert row.next_appointment == datetime(2026, 6, 18, 9, 30)
    assert row.overdue_actions == 2


def test_overdue_steps_of_goals_still_on_count_as_open_actions_overdue(vault, make_case):
    case, other = make_case(), make_case("Bram Claes")
    needs.add_default_domains(vault)
    housing = needs.list_domains(vault)[2].id
    active = plan.save_goal(vault, Goal(None, case.id, "A place to live", (housing,), status=GoalStatus.ACTIVE))
    future = plan.save_goal(vault, Goal(None, case.id, "A studio later", (housing,), status=GoalStatus.FUTURE))
    achieved = plan.save_goal(vault, Goal(None, case.id, "ID card", (housing,), status=GoalStatus.ACHIEVED))
    dropped = plan.save_goal(
        vault,
        Goal(None, case.id, "Room at sister's", (housing,), status=GoalStatus.DROPPED, dropped_reason="She moved."),
    )
    for goal, due, status in [
        (active, TODAY - days(1), StepStatus.NOT_STARTED),  # overdue
        (active, TODAY - days(40), StepStatus.IN_PROGRESS),  # overdue
        (future, TODAY - days(3), StepStatus.CANNOT_BE_DONE_YET),  # overdue
        (active, TODAY, StepStatus.NOT_STARTED),  # due today: not yet
        (active, None, StepStatus.NOT_STARTED),
        (active, TODAY - days(5), StepStatus.DONE),
        (active, TODAY - days(5), StepStatus.NO_LONGER_NEEDED),
        (achieved, TODAY - days(5), StepStatus.NOT_STARTED),
        (dropped, TODAY - days(5), StepStatus.NOT_STARTED),
    ]:
        plan.save_step(vault, Step(None, goal.id, "A step", due_on=due, status=status))
    add_action(vault, case.id, TODAY - days(2))

    by_case = {row.case_id: row.overdue_actions for row in rows(vault)}

    assert by_case == {case.id: 4, other.id: 0}
    assert len(plan.overdue_steps(vault, case.id, TODAY)) == 3
    assert ids(vault, sort=SortKey.OVERDUE, descending=True)[0] == case.id


def test_rows_keep_the_order_of_the_ids_given(vault, make_case):
    made = [make_case(name).id for name in ("Bram Claes", "Ayşe Kaya", "Wout Maes", "Nour Haddad")]
    wanted = [made[2], made[0], made[3], made[1]]

    assert [row.case_id for row in caseload_rows(vault, wanted, today=TODAY)] == wanted
    assert [row.case_id for row in caseload_rows(vault, [made[1], 9999, made[0]], today=TODAY)] == [made[1], made[0]]
    assert caseload_rows(vault, [], today=TODAY) == []


# --- sorting ------------------------------------------------------------------------------------


@pytest.fixture
def sortable(vault, make_case):
    """Cases with every column filled, empty, and tied, and names that sort by their letters, not accents."""
    specs = [
        # name, phase, last contact (days ago), next appointment, release, overdue actions
        ("Çelik Ağaoğlu", Phase.EXPLORING, 3, datetime(2026, 6, 16, 9), date(2026, 7, 1), 2),
        ("celik Aydın", None, None, None, None, 0),
        ("Zoë Maes", Phase.FIRST_CONTACT, 30, datetime(2026, 6, 20, 14), date(2030, 1, 1), 0),
        ("Anouar Benali", Phase.CLOSED, 3, None, date(2026, 7, 1), 1),
        ("Émilie Dubois", Phase.EXPLORING, 100, datetime(2026, 6, 16, 9), None, 2),
        ("ahmed El Amrani", Phase.AFTERCARE, 1, datetime(2026, 6, 29, 13, 30), date(2025, 1, 1), 5),
        ("Jens Peeters", None, 45, None, date(2027, 3, 3), 0),
        ("Jens Peeters", Phase.BUILDING_TRUST, None, datetime(2026, 6, 22, 10), None, 1),
    ]
    for name, phase, last, upcoming, release, overdue in specs:
        case = make_case(name)
        if phase:
            case_file.record_phase(vault, case_id=case.id, phase=phase, on=EARLIER)
        if last is not None:
            held_on(vault, case.id, TODAY - days(last))
        if upcoming:
            add_session(vault, case.id, upcoming, "planned")
        set_release(vault, case, release)
        for _ in range(overdue):
            add_action(vault, case.id, TODAY - days(3))
    return rows(vault)


SORT_VALUES = {
    SortKey.NAME: lambda row: name_key(row.name),
    SortKey.PHASE: lambda row: None if row.phase is None else list(Phase).index(row.phase),
    SortKey.LAST_CONTACT: lambda row: row.last_contact,
    SortKey.NEXT_APPOINTMENT: lambda row: row.next_appointment,
    SortKey.RELEASE: lambda row: row.release_date,
    SortKey.OVERDUE: lambda row: row.overdue_actions,
}


def expected_order(rows_: list, sort: SortKey, descending: bool) -> list[int]:
    """Empty values after the others in both directions (a case without a release date is not "latest");
    ties by name, then age."""
    value = SORT_VALUES[sort]
    by_name = sorted(rows_, key=lambda row: (name_key(row.name), row.case_id))
    # sorted() keeps ties in their order even with reverse=True.
    known = sorted((row for row in by_name if value(row) is not None), key=value, reverse=descending)
    unknown = [row for row in by_name if value(row) is None]
    return [row.case_id for row in known + unknown]


def test_sort_keys_cover_every_column():
    assert set(SORT_VALUES) == set(SortKey)


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
@pytest.mark.parametrize("sort", list(SortKey), ids=lambda key: key.value)
def test_sorting_on_every_column(vault, sortable, sort, descending):
    assert ids(vault, sort=sort, descending=descending) == expected_order(sortable, sort, descending)


def test_names_sort_by_their_letters_not_their_accents(vault, sortable):
    names = [row.name for row in caseload_rows(vault, ids(vault, sort=SortKey.NAME), today=TODAY)]
    assert names == [
        "ahmed El Amrani",
        "Anouar Benali",
        "Çelik Ağaoğlu",
        "celik Aydın",
        "Émilie Dubois",
        "Jens Peeters",
        "Jens Peeters",
        "Zoë Maes",
    ]


# --- search -------------------------------------------------------------------------------------


@pytest.fixture
def people(make_case) -> dict[str, int]:
    made = {
        "celik": make_case("Çelik Ağaoğlu", "Memo"),
        "yasmina": make_case("Yasmina El Idrissi", "Yasmine"),
        "dhooghe": make_case("Anne-Marie D'Hooghe"),
        "odd": make_case("Zoë 100%_Maes"),
        "decomposed": make_case("Zoe\u0308 Dewulf"),  # the same letters, typed as e + combining diaeresis
        "jens": make_case("Jens Peeters"),
    }
    return {key: case.id for key, case in made.items()}


@pytest.mark.parametrize(
    "search, found",
    [
        ("celik", {"celik"}),
        ("AGAOGLU", {"celik"}),
        ("Ağaoğlu", {"celik"}),
        ("memo", {"celik"}),
        ("  Memo  ", {"celik"}),
        ("yasmine", {"yasmina"}),
        ("YASMIN", {"yasmina"}),
        ("el idrissi", {"yasmina"}),
        ("zoë", {"odd", "decomposed"}),
        ("zoe\u0308", {"odd", "decomposed"}),
        ("ZOE", {"odd", "decomposed"}),
        ("d'hoo", {"dhooghe"}),
        ("'", {"dhooghe"}),
        ("anne-marie", {"dhooghe"}),
        ("%", {"odd"}),
        ("_", {"odd"}),
        ("100%_", {"odd"}),
        ("%e%", set()),
        ("_ens", set()),
        ('"', set()),
        ("x' OR 1=1 --", set()),
        ("'; DROP TABLE cases; --", set()),
        ("nobody", set()),
    ],
)
def test_search_is_blind_to_case_and_accents_and_takes_odd_input_literally(vault, people, search, found):
    assert set(ids(vault, search=search)) == {people[key] for key in found}


@pytest.mark.parametrize("search", ["", "   ", "\t"])
def test_an_empty_search_finds_everyone(vault, people, search):
    assert set(ids(vault, search=search)) == set(people.values())


def test_search_and_status_filter_together(vault, people):
    case_file.record_participation(vault, case_id=people["odd"], status=Participation.DECLINED, on=EARLIER)

    assert ids(vault, search="zoe", status=CaseStatus.DECLINED) == [people["odd"]]
    assert ids(vault, search="zoe", status=CaseStatus.ACTIVE) == [people["decomposed"]]


# --- needs attention ------------------------------------------------------------------------------


def attention(vault, reason: str, *, release_within_days: int = 90, no_contact_days: int = 21) -> list[tuple]:
    found = needs_attention(
        vault, today=TODAY, release_within_days=release_within_days, no_contact_days=no_contact_days
    )
    return [(item.case_id, item.detail) for item in found if item.reason == reason]


def test_releases_within_the_window_from_today_to_its_last_day(vault, make_case):
    def released(name, offset):
        return set_release(vault, make_case(name), TODAY + days(offset)).id

    today, last_day = released("Today", 0), released("Last day", 90)
    released("Day after", 91)
    released("Yesterday", -1)
    released("Long ago", -400)
    make_case("No date")
    closed = released("Closed", 10)
    case_file.record_phase(vault, case_id=closed, phase=Phase.CLOSED, on=EARLIER)
    declined = released("Declined", 20)
    case_file.record_participation(vault, case_id=declined, status=Participation.DECLINED, on=EARLIER)

    assert attention(vault, "release") == [(today, 0), (last_day, 90)]
    assert attention(vault, "release", release_within_days=0) == [(today, 0)]


def test_no_contact_for_more_than_the_threshold(vault, make_case):
    def last_seen(name, days_ago):
        case = make_case(name)
        held_on(vault, case.id, TODAY - days(days_ago))
        return case.id

    last_seen("On the threshold", 21)
    over, long_over = last_seen("A day over", 22), last_seen("Long over", 80)
    last_seen("Recent", 2)
    never = make_case("Never seen").id
    add_session(vault, never, datetime(2026, 1, 5, 10), "planned")  # planned long ago, not held
    add_session(vault, never, datetime(2026, 1, 6, 10), "cancelled")

    assert attention(vault, "no_contact") == [(long_over, 80), (over, 22)]
    assert attention(vault, "no_contact", no_contact_days=22) == [(long_over, 80)]


def test_pending_participation_means_none_recorded_or_the_latest_is_an_offer(vault, make_case):
    nothing = make_case("Nothing yet").id
    offered = make_case("Offered").id
    case_file.record_participation(vault, case_id=offered, status=Participation.OFFERED, on=EARLIER)
    accepted = make_case("Accepted").id
    case_file.record_participation(vault, case_id=accepted, status=Participation.OFFERED, on=EARLIER)
    case_file.record_participation(vault, case_id=accepted, status=Participation.ACCEPTED, on=LATER)
    offered_again = make_case("Offered again").id
    case_file.record_participation(vault, case_id=offered_again, status=Participation.PAUSED, on=EARLIER)
    case_file.record_participation(vault, case_id=offered_again, status=Participation.OFFERED, on=LATER)
    declined = make_case("Declined").id
    case_file.record_participation(vault, case_id=declined, status=Participation.DECLINED, on=EARLIER)

    assert {case_id for case_id, _ in attention(vault, "participation_pending")} == {nothing, offered, offered_again}


def test_pending_consent_on_an_active_case(vault, make_case):
    service = save_service(vault, PartnerService(None, "VDAB")).id
    accepted = Participation.ACCEPTED

    def consent(name, decision, *, revoked=False, status=accepted, phase=None):
        case = make_case(name).id
        case_file.record_participation(vault, case_id=case, status=status, on=EARLIER)
        if phase:
            case_file.record_phase(vault, case_id=case, phase=phase, on=LATER)
        saved = case_file.record_consent(
            vault, Consent(None, case, ConsentPurpose.SHARE_WITH_SERVICE, decision, EARLIER, service)
        )
        case_file.record_consent(vault, Consent(None, case, ConsentPurpose.STATISTICS, decision, EARLIER))
        if revoked:
            case_file.revoke_consent(vault, consent_id=saved.id, on=LATER)
        return case

    pending = consent("Pending", ConsentDecision.PENDING)
    consent("Given", ConsentDecision.GIVEN)
    consent("Refused", ConsentDecision.REFUSED)
    consent("Given, revoked", ConsentDecision.GIVEN, revoked=True)
    consent("Closed", ConsentDecision.PENDING, phase=Phase.CLOSED)
    consent("Declined", ConsentDecision.PENDING, status=Participation.DECLINED)

    assert attention(vault, "consent_pending") == [(pending, None)]


def test_attention_lists_releases_first_then_the_longest_silences(vault, make_case):
    soon = set_release(vault, make_case("Soon"), TODAY + days(5)).id
    later = set_release(vault, make_case("Later"), TODAY + days(60)).id
    for case_id, days_ago in ((soon, 40), (later, 25)):
        held_on(vault, case_id, TODAY - days(days_ago))
        case_file.record_participation(vault, case_id=case_id, status=Participation.ACCEPTED, on=EARLIER)
    waiting = make_case("Waiting").id

    found = needs_attention(vault, today=TODAY, release_within_days=90, no_contact_days=21)

    assert [(item.reason, item.case_id) for item in found] == [
        ("release", soon),
        ("release", later),
        ("no_contact", soon),
        ("no_contact", later),
        ("participation_pending", waiting),
    ]
