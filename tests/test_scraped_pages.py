"""Pages as scrapers leave them: navigation lines, a dateline filed from two places, a photo credit that opens
a caption, a list of related headlines at the end; and two countries' bodies of the same name in one report.
Texts written for these tests (a border shelling between two countries, a salmon-farm licence row)."""

from __future__ import annotations

from reportedly import extract

BORDER = (
    "Skip to main content\n"
    "Home | World | Politics | Business | Sport | Videos\n"
    "Shelling ends talks on mountain road\n"
    "By Narine Hakobyan\n"
    "YEREVAN/BAKU, May 10 (Reuters) - Armenia and Azerbaijan blamed each other on Sunday after a border post "
    "came under fire.\n\n"
    "Armenia's defence ministry said Azerbaijani troops had fired mortars at the post overnight.\n\n"
    "Azerbaijan's defence ministry rejected the account as \"disinformation\" and said its units had only "
    "returned fire.\n\n"
    "(Image credit: AFP/Getty Images) Soldiers near the border post on Sunday.\n\n"
    "Related Stories\n"
    "Kazakhstan says it is ready to host new talks\n"
    "Iran warns against changes to borders\n"
)

SALMON = (
    "OSLO/STOCKHOLM, March 3 (NTB) - Nordfjell Seafood said on Tuesday it would appeal the licence decision.\n\n"
    "Norway's fisheries directorate said the farm had exceeded its limits twice. Sweden's fisheries directorate "
    "said it had found no breach at the company's Swedish site.\n\n"
    "Most read\n"
    "Salmon prices fall for a third week\n"
    "Regulator opens inquiry into fish feed\n"
)


def test_a_dateline_filed_from_two_places_is_debris_and_metadata() -> None:
    doc = extract(BORDER)
    datelines = [r.text for r in doc.removed if r.kind == "dateline"]
    assert datelines == ["YEREVAN/BAKU, May 10 (Reuters) -"]
    assert doc.meta.dateline == "Yerevan/Baku" and doc.meta.credit == "Reuters"
    assert extract(SALMON).meta.dateline == "Oslo/Stockholm"


def test_navigation_lines_photo_credits_and_related_headlines_are_debris_not_statements() -> None:
    doc = extract(BORDER)
    removed = {r.text for r in doc.removed}
    assert {"Skip to main content", "Home | World | Politics | Business | Sport | Videos",
            "(Image credit: AFP/Getty Images) Soldiers near the border post on Sunday.",
            "Related Stories", "Kazakhstan says it is ready to host new talks"} <= removed
    assert not any(a.name.startswith(("AFP", "Kazakhstan")) for a in doc.actors), [a.name for a in doc.actors]
    assert not any(s.content and "host new talks" in s.content.text for s in doc.statements)
    salmon = extract(SALMON)
    assert "Regulator opens inquiry into fish feed" in {r.text for r in salmon.removed}


def test_two_countries_bodies_of_one_name_stay_two_actors() -> None:
    for text, first, second in ((BORDER, "Armenia", "Azerbaijan"), (SALMON, "Norway", "Sweden")):
        doc = extract(text)
        by_name = {a.id: a for a in doc.actors}
        speakers = {}
        for s in doc.statements:
            if s.source is not None and isinstance(s.source.actor, str) and "'s" in s.source.text:
                speakers.setdefault(s.source.text.split("'s")[0], set()).add(by_name[s.source.actor].name)
        assert speakers[first] and speakers[second] and not speakers[first] & speakers[second], speakers
        assert all(name.startswith(country) for country in (first, second) for name in speakers[country])


def test_returned_fire_is_an_attack_not_a_return() -> None:
    doc = extract(BORDER)
    fire = next(e for e in doc.events if "returned" in BORDER[e.trigger.spans[0][0]:e.trigger.spans[-1][1]])
    assert fire.type == "ASSAULT"


LAKE = (
    "Ethiopia and Eritrea blamed each other on Monday for the shelling of a border market.\n\n"
    "The market near Badme was hit at dawn. Traders said the stalls burned for hours.\n\n"
    "Medics said the wounded were taken to Shire. At least 22 civilians have been killed, the UN said.\n\n"
    "Both sides said they had only returned fire.\n"
)


def test_both_sides_is_the_pair_named_together_not_the_last_plural_group() -> None:
    doc = extract(LAKE)
    names = {a.id: a.name for a in doc.actors}
    both = next(s for s in doc.statements if s.source is not None and s.source.text == "Both sides")
    ids = both.source.actor if isinstance(both.source.actor, list) else [both.source.actor]
    assert sorted(names[i] for i in ids) == ["Eritrea", "Ethiopia"], [names.get(i) for i in ids]


PRESS_WING = (
    "Maj Gen Farid Qureshi, director general of the Armed Forces Press Wing (AFPW), said on Friday that four "
    "posts had been retaken. Brig Saima Lodhi, a spokeswoman for the interior ministry, said the roads were open.\n\n"
    "The DG AFPW also said 11 militants had been killed. The AFPW said in a statement that the operation was over.\n"
)


def test_a_title_before_a_bodys_acronym_is_the_person_who_holds_it() -> None:
    doc = extract(PRESS_WING)
    names = {a.id: a.name for a in doc.actors}
    by_source = {s.source.text: names.get(s.source.actor) for s in doc.statements
                 if s.source is not None and isinstance(s.source.actor, str)}
    assert by_source["The DG AFPW"] == "Farid Qureshi", by_source
    assert by_source["The AFPW"] == "Armed Forces Press Wing", by_source


CAPITALS = (
    "Peru's army said two of its soldiers were killed near Tiwinza on Tuesday, and an envoy flew in from Lima. "
    "Quito denied that its troops had crossed the border, and Lima said it would file a complaint.\n\n"
    "Hamilton Reyes, a trader in Lima, said the border market was shut.\n"
)


def test_a_capital_that_speaks_is_its_countrys_government_and_a_capital_where_someone_is_stays_a_place() -> None:
    doc = extract(CAPITALS)
    names = {a.id: a for a in doc.actors}
    by_source = {s.source.text: names[s.source.actor] for s in doc.statements
                 if s.source is not None and isinstance(s.source.actor, str)}
    assert (by_source["Quito"].name, by_source["Quito"].type) == ("Ecuador", "country")
    assert (by_source["Lima"].name, by_source["Lima"].country) == ("Peru", "PER")
    assert not any(a.name == "Lima" for a in doc.actors), [a.name for a in doc.actors]
    assert any(a.name == "Hamilton Reyes" and a.type == "person" for a in doc.actors)


def test_an_ethiopian_called_by_his_given_name_alone_is_the_person_named_in_full() -> None:
    text = ("Lt Gen Tesfaye Gebremariam, the army's spokesman, said seven drones had been shot down near Zalambessa. "
            "Eritrea denied it.\n\nTesfaye, however, said Ethiopia had received no offer of talks.\n")
    doc = extract(text)
    people = [a for a in doc.actors if a.type == "person"]
    assert [a.name for a in people] == ["Tesfaye Gebremariam"], [a.name for a in doc.actors]


def test_an_agency_signing_a_wire_story_with_a_dash_is_a_credit_not_a_speaker() -> None:
    text = ("Vigil held for victims\n\nA prayer vigil was held at a temple on Friday evening, organisers said. — "
            "Bernama\n\nThe ministry said the border would reopen on Monday.\n-- AFP\n")
    doc = extract(text)
    assert [(r.kind, r.text) for r in doc.removed] == [("byline", "— Bernama"), ("byline", "-- AFP")]
    assert not any(a.name in ("Bernama", "AFP") for a in doc.actors)
