"""A company typed as a person joins its body; names and titles stop at a paragraph break; a place inside a named
province is a place. Texts written for reportedly (a domestic corporate story with datelines, a mining company,
a flood in South Asia, strikes on a border district, a Gulf airline, a Chinese ministry)."""

from __future__ import annotations

from reportedly import extract
from reportedly.corpus.body_titles import company_stem, personal_title
from reportedly.corpus.not_actors import not_an_actor
from tests.actorhelp import actor_in, apart, listed_actors, together


def test_a_title_that_describes_a_body_is_no_person_title() -> None:
    assert not personal_title("local subsidiary of energy major Korvath")
    assert not personal_title("major")  # 'energy major Korvath': a big company, not the rank
    assert not personal_title("parent company")
    assert personal_title("Major")  # 'Major Dlamini'
    assert personal_title("managing director")
    assert personal_title("company spokesman")
    assert personal_title("Brig Gen")


def test_a_company_stem_leaves_off_every_ending_word() -> None:
    assert company_stem("halvard star shipping lines") == "halvard star"
    assert company_stem("kgolo platinum mines") == "kgolo platinum"
    assert company_stem("creeks watch initiative") == "creeks watch"
    assert company_stem("norvik energy") == ""  # one word would be left
    assert company_stem("defence ministry") == ""


def test_a_company_named_with_an_apposition_joins_its_body() -> None:
    first = ("Oil firm fined over creek spill\n\nLAGOS — A federal regulator on Tuesday fined Ombrel Petroleum "
             "Company, the local arm of Korvath Energy plc, over a pipeline leak. Ombrel Petroleum Company said it "
             "would appeal.")
    second = ("Regulator fines Ombrel\n\nPORT HARCOURT, Nigeria (AFP) - The regulator fined Ombrel, the local "
              "subsidiary of energy major Korvath, 900 million naira on Tuesday. \"We reported the leak within "
              "hours,\" Ombrel said in a statement.")
    found = listed_actors(first, second)
    assert together(found, "Ombrel Petroleum Company", "Ombrel")
    assert not any(a.type == "person" and a.name in ("Ombrel", "Korvath") for a in found)


def test_a_short_name_of_a_shipping_line_typed_as_a_person_joins_it() -> None:
    first = ("Ferry owner grounded\n\nCEBU CITY — The regulator grounded the fleet of Halvard Star Shipping Lines "
             "Inc. on Monday. Halvard Star Shipping Lines said it would comply.")
    second = ("Halvard Star to appeal\n\nHalvard Star said in a statement on Tuesday that the ship had been cleared "
              "to sail. Its lawyer, Marco Dalisay, said the order was unfair.")
    found = listed_actors(first, second)
    assert together(found, "Halvard Star Shipping Lines", "Halvard Star")
    assert not any(a.type == "person" and "Halvard" in a.name for a in found)


def test_two_companies_of_one_first_word_stay_apart() -> None:
    first = ("Two Pacific firms fined\n\nMANILA — The regulator fined Pacific Crest Shipping Lines on Monday. "
             "Pacific Crest Shipping Lines said it would appeal.")
    second = ("Miner sues\n\nMANILA — Pacific Ore Mining Corporation said on Tuesday it had sued the regulator. "
              "Pacific Ore Mining Corporation denied any fault.")
    found = listed_actors(first, second)
    assert apart(found, "Pacific Crest Shipping Lines", "Pacific Ore Mining Corporation")


def test_a_person_with_a_rank_is_not_a_company_of_that_word() -> None:
    first = ("Miner fined\n\nJOHANNESBURG — Dlamini Holdings said on Monday it had paid the fine. Dlamini Holdings "
             "denied any fault.")
    second = ("Police brief\n\nRUSTENBURG — Major Dlamini said on Tuesday that three men had been arrested. "
              "\"The investigation continues,\" Major Dlamini said.")
    found = listed_actors(first, second)
    assert any(a.type == "person" and "Dlamini" in a.name for a in found)
    assert apart(found, "Dlamini Holdings", next(a.name for a in found if a.type == "person" and "Dlamini" in a.name))


def test_a_name_does_not_run_over_a_paragraph_break() -> None:
    text = ("Airline keeps its account\n\n\"The storm came early,\" — Gov. Amina Rashid of Qadira\n\nSahra Wings' "
            "account has not changed. Sahra Wings said in a statement that the flight had been cleared.")
    doc = extract(text, id="x", published="2026-05-02")
    names = {a.name for a in doc.actors}
    assert not any("Qadira" in n and "Sahra" in n for n in names)
    airline = [a for a in doc.actors if a.name.startswith("Sahra")]
    assert airline and all("Amina Rashid" not in t for a in airline for t in a.titles)


def test_a_title_still_reads_before_a_name_in_one_sentence() -> None:
    text = ("Minister visits flood zone\n\nKATHMANDU — Home Minister Ram Bahadur Thapa said on Monday that 40 "
            "people had died. Chief District Officer K.P. Sharma said roads were cut.")
    doc = extract(text, id="x", published="2026-07-02")
    thapa = next(a for a in doc.actors if "Thapa" in a.name)
    assert any("Minister" in t for t in thapa.titles)


def test_a_name_inside_a_named_province_is_a_place() -> None:
    text = ("Strikes hit border district\n\nKABUL — Officials said strikes late Saturday on Gharwand in Zabul "
            "province killed nine people. The army denied it.")
    a, doc = actor_in(text, "Gharwand", "unknown", "2026-10-12")
    assert not_an_actor(a, doc) == "place"


def test_a_body_in_a_named_province_that_speaks_stays() -> None:
    text = ("Miners protest\n\nLUSAKA — Kesho Copper in Central province said on Monday that it had closed two "
            "shafts. \"We will reopen when it is safe,\" Kesho Copper said.")
    doc = extract(text, id="x", published="2026-10-12")
    kesho = [a for a in doc.actors if a.name == "Kesho Copper"]
    assert kesho and all(not_an_actor(a, doc) is None for a in kesho)


def _sources(text: str, published: str) -> dict[str, str | None]:
    """Each statement's source words -> the name of the actor it links to."""
    doc = extract(text, id="x", published=published)
    names = {a.id: a.name for a in doc.actors}
    out: dict[str, str | None] = {}
    for s in doc.statements:
        if s.source is not None and s.source.text:
            actor = s.source.actor
            out[s.source.text] = names.get(actor) if isinstance(actor, str) else None
    return out


def test_the_administrator_is_the_administrator_named_before() -> None:
    text = ("Regulator grounds fleet\n\nMANILA - \"No vessel will sail,\" port administrator Jose Dalisay told "
            "reporters in Manila.\n\nDalisay dismissed the company's appeal. \"Lives come before schedules,\" the "
            "administrator said.")
    assert _sources(text, "2026-08-04").get("the administrator") == "Jose Dalisay"


def test_the_agency_is_the_one_authority_named_before() -> None:
    text = ("Ferry line goes to court\n\nCEBU CITY - The Coastal Transport Authority suspended the licence of "
            "Halvard Star Shipping Lines on Monday.\n\nThe company said the order was unfair. \"The law allows it,\" "
            "the agency said in a statement.")
    assert _sources(text, "2026-08-04").get("the agency") == "Coastal Transport Authority"


def test_the_agency_with_two_authorities_before_names_no_one_of_them() -> None:
    text = ("Two regulators act\n\nNAIROBI - The Energy Regulatory Authority and the Water Services Authority "
            "fined the firm on Monday. \"The fine stands,\" the agency said.")
    assert _sources(text, "2026-08-04").get("the agency") not in ("Energy Regulatory Authority",
                                                                  "Water Services Authority")


def test_the_company_is_the_one_described_as_a_subsidiary() -> None:
    text = ("Regulator fines oil firm\n\nLagos (AFP) - The regulator on Wednesday fined Ombrel, the local "
            "subsidiary of energy major Korvath, 900 million naira over a leak.\n\nOmbrel said it would contest "
            "the fine. \"The claim that we reported late is not true,\" the company said in a statement.")
    doc = extract(text, id="x", published="2026-03-04")
    assert any(a.name == "Ombrel" and a.type == "organization" for a in doc.actors)
    assert _sources(text, "2026-03-04").get("the company") == "Ombrel"


def test_an_arabic_name_with_bin_is_also_called_by_its_al_name() -> None:
    text = ("Qatar brokers truce\n\nDOHA - Foreign ministry spokesman Khalid bin Nasser al-Harthi said on Sunday that "
            "both sides had agreed to a truce.\n\n\"The guns are silent,\" al-Harthi told reporters.")
    doc = extract(text, id="x", published="2026-10-12")
    harthi = [a for a in doc.actors if "Harthi" in a.name]
    assert len(harthi) == 1 and len(harthi[0].mentions) == 2


def test_two_men_of_one_al_name_stay_apart() -> None:
    text = ("Talks in Doha\n\nDOHA - Sheikh Ahmed bin Khalid al-Harthi said on Sunday that talks would resume. His "
            "cousin, Fahd al-Harthi, a businessman, said the talks had failed.")
    doc = extract(text, id="x", published="2026-10-12")
    names = {a.name for a in doc.actors if "Harthi" in a.name}
    assert any("Ahmed" in n for n in names) and any("Fahd" in n for n in names)


def test_a_company_named_with_and_without_limited_is_one_body() -> None:
    first = ("Spill fine\n\nLAGOS - Ombrel Petroleum Development Company of Nigeria Limited said on Monday that it "
             "would appeal the fine.")
    second = ("Spill appeal\n\nPORT HARCOURT - Ombrel Petroleum Development Company of Nigeria filed its appeal on "
              "Tuesday, the company said.")
    found = listed_actors(first, second)
    assert together(found, "Ombrel Petroleum Development Company of Nigeria Limited",
                    "Ombrel Petroleum Development Company of Nigeria")


def test_a_surname_written_another_way_is_the_one_person_of_that_name() -> None:
    text = ("Quake toll rises\n\nKERMANSHAH - Dr. Farhad Rahimzadeh, head of the coroner's office, said 212 bodies had "
            "been identified.\n\n\"We are working day and night,\" Dr. Rahimzade said.")
    doc = extract(text, id="x", published="2026-02-10")
    found = [a for a in doc.actors if "Rahimzad" in a.name]
    assert len(found) == 1 and len(found[0].mentions) == 2


def test_a_surname_written_another_way_with_two_such_people_joins_neither() -> None:
    text = ("Two doctors\n\nKERMANSHAH - Dr. Farhad Rahimzadeh and Dr. Leila Rahimzadeh, his sister, said 212 bodies "
            "had been identified. Separately, Dr. Arash Hosseinzadeh said the hospital was full.\n\n\"We are working "
            "day and night,\" Dr. Rahimzade said.")
    doc = extract(text, id="x", published="2026-02-10")
    assert all(len(a.mentions) == 1 for a in doc.actors if "zade" in a.name)  # two Rahimzadehs: Rahimzade is neither



def test_an_unnamed_office_is_the_one_holder_named_in_its_report() -> None:
    text = ("Truce holds\n\nISLAMABAD - Prime Minister Arshad Tareen said on Tuesday the truce was holding.\n\n"
            "Officials said the Pakistani prime minister would travel to Doha on Friday to meet the mediators.")
    found = listed_actors(text)
    assert together(found, "Arshad Tareen", "Pakistani prime minister")


def test_an_unnamed_office_with_two_holders_named_joins_neither() -> None:
    text = ("Leaders meet\n\nDOHA - Prime Minister Arshad Tareen and Prime Minister Wahid Karimi met on Tuesday.\n\n"
            "Officials said the Pakistani prime minister would travel to Kabul on Friday to meet the mediators.")
    found = listed_actors(text)
    assert not together(found, "Arshad Tareen", "Pakistani prime minister")
    assert not together(found, "Wahid Karimi", "Pakistani prime minister")


def test_a_person_of_a_body_run_together_is_the_body() -> None:
    from reportedly.corpus.actors import _body_of_person_of
    from reportedly.model import Actor

    text = ("Activists dispute spill figure\n\nYENAGOA - Amaka Obi-Nwosu of Delta Creeks Network said on Monday that "
            "more oil had spilled. Obi-Nwosu said the group would publish its own count.")
    doc = extract(text, id="x", published="2026-03-02")
    run = Actor(id="z9", name="Amaka Obi-Nwosu of Delta Creeks Network", type="organization", mentions=[(32, 71)])
    other = Actor(id="z8", name="Bank of Delta Creeks", type="organization", mentions=[(0, 1)])
    with_person = doc.model_copy(update={"actors": [*doc.actors, run, other]})
    if not any(a.type == "person" and "Obi-Nwosu" in a.name for a in doc.actors):
        with_person.actors.append(Actor(id="z7", name="Obi-Nwosu", type="person", mentions=[(84, 93)]))
    assert _body_of_person_of(run, with_person).name == "Delta Creeks Network"
    assert _body_of_person_of(other, with_person).name == "Bank of Delta Creeks"  # 'Bank' is no one of the report
