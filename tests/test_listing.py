"""Which names are listed as actors, by positive evidence, on short reports of our own of several kinds of story (a
port strike, a wildfire, a hostage release, a football fraud case, a cholera outbreak, a lithium row): a country only
named, a one-word name only named, pieces of a name the recogniser cut, outlets and the press, a headline's role and
an unnamed office held by one person (issue 18); and the real actors written beside them, which stay."""

from __future__ import annotations

from reportedly import extract
from reportedly.corpus.listing import headline_holder, lone_word, one_holder, unlisted
from reportedly.model import Actor, Document
from tests.actorhelp import actor_in, holders, listed_actors
from tests.actorhelp import listed_names as _names


def _actor(text: str, name: str, type_: str) -> tuple[Actor, Document]:
    return actor_in(text, name, type_, published="2026-10-01")


STRIKE = ("Dockers strike at container port\n\nSAN MARCO — Dockworkers walked off the job on Monday, the union said. "
          "Union president Ramon Quiroga said automated cranes threatened a third of jobs.\n\nFruit exporters said "
          "cherries bound for China were stuck on the quay. Labour Minister Ines Carvallo urged both sides to talk.")


def test_a_country_only_named_is_not_listed_one_that_acts_is() -> None:
    names = _names(STRIKE)
    assert {"Ramon Quiroga", "Ines Carvallo"} <= names
    assert "China" not in names
    acting = _names("Cholera cases rise\n\nThe health ministry said 34 people had died. Mozambique has closed two "
                    "border crossings, minister Alda Mucavel said.")
    assert "Mozambique" in acting


def test_a_country_is_judged_by_what_its_report_makes_it_do() -> None:
    a, doc = _actor(STRIKE, "China", "country")
    a = a.model_copy(update={"country": "CHN"})
    assert unlisted(a, doc) == "country only named"
    quiet = extract("Cherries bound for China were stuck on the quay.", id="y")  # nothing said or done: no evidence
    assert unlisted(a, quiet) is None


def test_a_one_word_name_only_named_is_not_listed_one_that_owns_a_speaker_is() -> None:
    text = ("Payments app fined over breach\n\nThe data commission fined Paylark on Wednesday. Commissioner Lim Wei "
            "Ling said the firm ignored warnings. Shares of rival Quillo were little changed.\n\nA spokesman for "
            "Brenmark, a Paylark investor, said the fund stood by the company.")
    quillo, doc = _actor(text, "Quillo", "organization")
    assert unlisted(quillo, doc) == "only named"
    brenmark, doc = _actor(text, "Brenmark", "organization")
    assert unlisted(brenmark, doc) is None  # 'a spokesman for Brenmark' speaks for it
    body, doc = _actor(text, "Data Commission", "organization")
    assert unlisted(body, doc) is None  # a body's name by its own form, even only named


def test_pieces_of_a_name_the_recogniser_cut_are_not_listed() -> None:
    text = ("Two aid workers freed\n\nThe kidnapping was claimed by the Front for the Defence of Farmers and "
            "Herders, which holds four other foreigners. The Ethics and Integrity Commission said it had opened an "
            "inquiry.")
    for name in ("Defence", "Farmers"):
        piece, doc = _actor(text, name, "organization")
        assert unlisted(piece, doc) == "piece of a name"
    ethics, doc = _actor(text, "Ethics", "unknown")
    commission = Actor(id="z2", name="Integrity Commission", type="organization",
                       mentions=[(text.find("Integrity Commission"), text.find("Integrity Commission") + 20)])
    doc = doc.model_copy(update={"actors": [*doc.actors, ethics, commission]})
    assert unlisted(ethics, doc) == "piece of a name"
    whole, doc = _actor("The Front said it would free the men. It acts for farmers.", "Front", "organization")
    assert unlisted(whole, doc) != "piece of a name"


def test_outlets_and_the_press_are_not_listed_a_speaker_beside_them_is() -> None:
    names = _names("Minister defends fire response\n\nATHENS — \"Every crew was on the road within minutes,\" "
                   "Civil Protection Minister Stavros Kallis told state broadcaster KTV. Mayor Eleni Sarri said 40 "
                   "homes had burned, according to Greek media.\n\nNikos Pappas is a senior correspondent for the "
                   "Aegean Courier covering disasters.")
    assert {"Stavros Kallis", "Eleni Sarri"} <= names
    assert not any("KTV" in n or "media" in n or "Pappas" in n for n in names)


def test_a_role_in_the_headline_is_the_bodys_named_holder() -> None:
    text = ("Truce holds; 'No one brokered it,' says defence minister\n\nBANGKOK — A truce held through the night, "
            "the army said. Defence Minister Anan Suksawat said the truce had been agreed by the two armies.")
    found = listed_actors(text)
    assert not any(a.name == "defence minister" for a in found)
    role, doc = _actor(text, "defence minister", "person")
    holder = headline_holder(role, doc)
    assert holder is not None and holder.name == "Anan Suksawat"
    body_only, doc = _actor("A truce held.\n\nThe defence minister said the truce held. Anan Suksawat, a farmer, "
                            "said so too.", "defence minister", "person")
    assert headline_holder(body_only, doc) is None  # not the headline; no holder of that role
    described = ("Greek minister defends fire response\n\nATHENS — Greece's civil protection minister on Monday "
                 "defended the handling of the fire. \"Every crew was on the road within minutes,\" he said.")
    role, doc = _actor(described, "Greek minister", "person")
    holder = headline_holder(role.model_copy(update={"country": "GRC"}), doc)
    assert holder is not None and holder.name == "Greece's civil protection minister"


def test_an_unnamed_office_with_a_country_is_one_person_across_reports() -> None:
    first = ("Bangkok summons envoy\n\nThailand's foreign ministry summoned the Chilean ambassador on Monday over "
             "the seizure of a fishing boat, spokesman Nikorn Chai said.")
    second = ("Envoy summoned again\n\nThe foreign ministry in Bangkok summoned the Chilean ambassador for a second "
              "time on Tuesday, spokesman Nikorn Chai said.")
    found = listed_actors(first, second)
    assert len([a for a in found if a.name == "Chilean ambassador"]) == 1
    assert len(holders(found, "Chilean ambassador")) == 1
    assert one_holder("ambassador|CHL") and one_holder("defence minister|THA")
    assert not one_holder("soldier|CHL") and not one_holder("minister|CHL") and not one_holder("ambassador|")


def test_a_title_read_as_a_body_is_the_persons_title_a_body_with_a_head_stays() -> None:
    text = ("Runoff turnout falls\n\nACCRA — Police said 12 people were arrested. The Inspector-General of Police, "
            "Kwame Dapaah, said officers would guard every collation centre. Analysts at the Centre for Democratic "
            "Studies (CDS-Ghana) said turnout fell.")
    title, doc = _actor(text, "Inspector-General of Police", "organization")
    assert unlisted(title, doc) == "title of a person"
    centre, doc = _actor(text, "CDS-Ghana", "organization")
    assert unlisted(centre, doc) is None  # two capitals: a name by its form
    names = _names(text)
    assert "Kwame Dapaah" in names and "Inspector-General of Police" not in names


def test_a_lone_word_that_only_an_event_touches_is_not_listed_a_surname_that_speaks_is() -> None:
    text = ("Border posts shelled\n\nTajik forces shelled Korvash overnight, the border service said. Colonel Aibek "
            "Toktorov said two posts were hit. Toktorov said the shelling stopped at dawn.")
    place, doc = _actor(text, "Korvash", "person")
    assert lone_word(place, doc) == "lone word"
    doc = extract(text, id="x", published="2026-10-01")
    speaker = [a for a in doc.actors if "Toktorov" in a.name]
    assert speaker and lone_word(speaker[0], doc) is None  # he speaks
    names = _names(text)
    assert "Korvash" not in names and any("Toktorov" in n for n in names)


def test_a_name_inside_another_actors_mention_is_a_piece_of_it() -> None:
    text = ("Strikes hit hideouts\n\nPeshawar: The military's Media and Public Relations wing (MPR) said on Sunday "
            "that strikes had hit hideouts. Its director, Major General Omar Kassi, said no civilians were harmed.")
    doc = extract(text, id="x", published="2026-10-01")
    by_name = {a.name: a for a in doc.actors}
    assert unlisted(by_name["Media and Public Relations"], doc) == "piece of a name"
    assert unlisted(by_name["military's Media and Public Relations wing"], doc) is None
    names = _names(text)
    assert "Media and Public Relations" not in names and "Omar Kassi" in names


def test_two_bodies_joined_by_and_are_two_actors_not_pieces() -> None:
    text = ("Vans recalled\n\nMUNICH — Veltra will recall 12,000 vans, the company said. The KBA welcomed the recall. "
            "Insurers Allianz and HDI said claims were being processed.")
    doc = extract(text, id="x", published="2026-07-03")
    by_name = {a.name: a for a in doc.actors}
    assert "Allianz" in by_name and unlisted(by_name["Allianz"], doc) is None
    assert "Allianz" in _names(text)


def test_an_unnamed_office_joins_its_holder_when_a_later_report_names_him() -> None:
    first = ("Bangkok summons envoy\n\nThailand's foreign ministry summoned the Chilean ambassador on Monday over "
             "the seizure of a fishing boat, spokesman Nikorn Chai said.")
    second = ("Envoy defends seizure\n\nChilean ambassador Rodrigo Paz said on Tuesday that the boat had been fishing "
              "illegally. \"We acted within the law,\" Paz told reporters in Bangkok.")
    found = listed_actors(first, second)
    assert holders(found, "Chilean ambassador") == holders(found, "Rodrigo Paz")
    assert len(holders(found, "Rodrigo Paz")) == 1


def test_how_a_name_is_written_shows_what_it_is_not() -> None:
    text = ("LIVE: ferry sinking\n\n02:55 GMT — The MV Santa Lucia sank off Daram, the coast guard said. Gale Warning "
            "No. 2 was raised at noon. Ma. Teresa Lumbao, a survivor, said the ship listed for an hour. Follow "
            "#DaramSinking for updates. The weather bureau, the Philippine Atmospheric, Geophysical and Astronomical "
            "Services Administration, said it had warned the port.")
    doc = extract(text, id="x", published="2026-12-01")
    cases = {"GMT": "time", "MV Santa Lucia": "craft", "Gale Warning No": "label", "Ma": "piece of a name",
             "DaramSinking": "handle", "Philippine Atmospheric, Geophysical and": "piece of a name"}
    for name, why in cases.items():
        a, _ = _actor(text, name, "organization" if name != "Ma" else "person")
        if name == "Ma":
            a = a.model_copy(update={"mentions": [(text.find("Ma. "), text.find("Ma. ") + 2)]})
            person = Actor(id="z9", name="Teresa Lumbao", type="person",
                           mentions=[(text.find("Teresa"), text.find("Teresa") + 13)])
            assert unlisted(a, doc.model_copy(update={"actors": [*doc.actors, person]})) == why
            continue
        assert unlisted(a, doc) == why, name
    names = _names(text)
    assert not any(w in n for n in names for w in ("GMT", "Santa Lucia", "Gale", "DaramSinking"))


def test_a_platform_and_a_word_only_quoted_are_not_listed() -> None:
    text = ("Quake toll rises\n\nVideos shared on Telegram showed rescuers digging. \"Greed killed our people,\" said "
            "Hawre Karimi, a teacher in Sarpol. The Red Crescent said 300 had died.")
    doc = extract(text, id="x", published="2026-09-01")
    platform, _ = _actor(text, "Telegram", "organization")
    assert unlisted(platform, doc) == "platform"
    greed, _ = _actor(text, "Greed", "organization")
    assert unlisted(greed, doc) == "only quoted"
    crescent, _ = _actor(text, "Red Crescent", "organization")
    assert unlisted(crescent, doc) is None
