"""Tags: own tags made on first use, reused whatever the case, and the organisation's list."""

from __future__ import annotations

from logbook.records.book import Logbook
from logbook.records.values import TagKind
from tests.core.records_helpers import tag_table, visit


def test_own_tags_are_created_on_first_use_and_counted(two: Logbook) -> None:
    assert two.tags.list() == []
    two.entries.add(visit(activities=("Cards",), topics=("Family",)))
    two.entries.add(visit(activities=("Cards", "Walk")))
    assert tag_table(two) == {
        ("activity", "Cards", "own", 2),
        ("activity", "Walk", "own", 1),
        ("topic", "Family", "own", 1),
    }
    assert [t.name for t in two.tags.list(TagKind.ACTIVITY)] == ["Cards", "Walk"]
    assert [t.name for t in two.tags.list(TagKind.TOPIC)] == ["Family"]


def test_a_tag_is_reused_whatever_its_case(two: Logbook) -> None:
    first = two.entries.add(visit(activities=("Gardening",)))
    second = two.entries.add(visit(activities=("GARDENING",)))
    third = two.entries.add(visit(activities=("gardening",)))
    assert tag_table(two) == {("activity", "Gardening", "own", 3)}
    for entry in (first, second, third):
        assert two.entries.get(entry.id).activities == ("Gardening",)


def test_a_tag_with_accented_capitals_is_reused_whatever_its_case(two: Logbook) -> None:
    two.entries.add(visit(topics=("Église",)))
    two.entries.add(visit(topics=("église",)))
    two.entries.add(visit(topics=("ÉGLISE",)))
    assert tag_table(two) == {("topic", "Église", "own", 3)}


def test_an_activity_and_a_topic_of_the_same_name_are_separate_tags(two: Logbook) -> None:
    two.entries.add(visit(activities=("Music",), topics=("music",)))
    assert tag_table(two) == {("activity", "Music", "own", 1), ("topic", "music", "own", 1)}


def test_organisation_list_marks_its_tags_and_leaves_the_rest_as_own(two: Logbook) -> None:
    two.entries.add(visit(activities=("gardening", "bingo")))
    two.tags.set_organisation_list(TagKind.ACTIVITY, ["Gardening", "Shopping"])
    assert tag_table(two) == {
        ("activity", "gardening", "org", 1),
        ("activity", "bingo", "own", 1),
        ("activity", "Shopping", "org", 0),
    }
    # The volunteer picking an organisation tag reuses it; it stays the organisation's.
    two.entries.add(visit(activities=("SHOPPING",)))
    assert ("activity", "Shopping", "org", 1) in tag_table(two)
    # Topics are a separate list and are not touched.
    two.tags.set_organisation_list(TagKind.TOPIC, ["Health"])
    assert ("activity", "gardening", "org", 1) in tag_table(two)


def test_a_name_repeated_in_the_organisation_list_makes_one_tag(two: Logbook) -> None:
    two.tags.set_organisation_list(TagKind.ACTIVITY, ["Shopping", "SHOPPING", "shopping"])
    tags = two.tags.list(TagKind.ACTIVITY)
    assert len(tags) == 1
    assert tags[0].name.casefold() == "shopping" and tags[0].source == "org"


def test_a_new_organisation_list_demotes_tags_no_longer_on_it(two: Logbook) -> None:
    two.tags.set_organisation_list(TagKind.TOPIC, ["Health", "Housing"])
    two.entries.add(visit(topics=("health",)))
    two.tags.set_organisation_list(TagKind.TOPIC, ["Housing"])
    sources = {t.name: t.source for t in two.tags.list(TagKind.TOPIC)}
    assert sources == {"Health": "own", "Housing": "org"}
