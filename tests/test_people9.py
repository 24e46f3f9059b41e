"""People and speakers in phrasings of unseen stories (issue 18, session 9).

Each test is a short text of our own (a Persian football federation, a Pakistani police chief, a Kenyan county, a
Chilean port), with invented people and bodies; only countries and cities are real. Pairs that must stay apart are
tested beside each join.
"""

from __future__ import annotations

from reportedly import extract
from reportedly.corpus.query import CorpusActor
from reportedly.text.person_names import compare, parse
from tests.actorhelp import apart, listed_actors, together
from tests.speakerhelp import speaker_of


def _listed(*texts: str) -> list[CorpusActor]:
    """The corpus actors after storing the reports in this order."""
    return listed_actors(*texts, month="2026-11")


# --- qaf written q or gh --------------------------------------------------------------------------------------------

def test_a_persian_name_written_with_q_and_with_gh_is_one_person() -> None:
    found = _listed(
        "TEHRAN - Federation chairman Hamid-Reza Ghorbani said on Sunday the league would resume in March.",
        "TEHRAN - \"No club will be punished,\" federation chairman Hamidreza Qorbani told reporters on Monday.")
    assert together(found, "Hamid-Reza Ghorbani", "Hamidreza Qorbani")


def test_gh_and_g_still_join_and_two_given_names_stay_apart() -> None:
    assert compare(parse("Aziz Ghafari"), parse("Aziz Gafari")) is not None  # the first reading (gh/g) holds
    assert compare(parse("Aziz Ghafari"), parse("Aziz Qafari")) is not None
    assert compare(parse("Aziz Gafari"), parse("Aziz Qafari")) is not None  # qaf said g (a long word)
    assert compare(parse("Salem Qaddouri"), parse("Salem Gaddouri")) is not None
    assert compare(parse("Ali Gani"), parse("Ali Qani")) is None  # a short word: g is not q
    assert compare(parse("Aziz Gafari"), parse("Aziz Kafari")) is None  # nor k
    assert compare(parse("Hamid Reza Ghorbani"), parse("Hamidreza Qorbani")) is not None  # apart, together and q
    assert compare(parse("Hamid Reza Ghorbani"), parse("Hamidreza Qorbana")) is None
    found = _listed(
        "TEHRAN - Federation chairman Hamid Ghorbani said on Sunday the league would resume in March.",
        "TEHRAN - Coach Saeed Qorbani told reporters on Monday that his club would appeal.")
    assert apart(found, "Hamid Ghorbani", "Saeed Qorbani")


# --- a name after an office's "of" phrase ---------------------------------------------------------------------------

_FLOOD = ("Floods: army and police on alert\n\nLOKOJA - Major General Musa Danladi Bello, the division commander, said "
          "on Friday that boats had reached 12 villages. Gen Bello said more troops would arrive.\n\n"
          "Kogi State Governor Alhaji Yahaya Ododo, who toured the camps on Friday, said the state would pay for food. "
          "Inspector General of Police {name} said officers had set up 25 new checkpoints along the river.\n")


def test_an_inspector_general_of_police_named_after_the_office_is_that_person_not_another_general() -> None:
    for name in ("Obinna Chukwu Eze", "Sajjad Hussain Marwat"):  # the recogniser tags neither name here
        doc = extract(_FLOOD.format(name=name))
        assert speaker_of(doc, "25 new checkpoints") == name
        assert speaker_of(doc, "boats had reached") == "Musa Danladi Bello"


def test_an_office_without_a_name_after_it_is_not_a_new_person() -> None:
    doc = extract(_FLOOD.replace("Inspector General of Police {name} said", "The Inspector General of Police said"))
    assert not any(a.type == "person" and a.name.endswith("Police") for a in doc.actors)
    doc = extract("KANO - The Commandant of the Police Training College Annex said on Monday that 40 recruits had "
                  "passed out.\n")
    assert not any(a.type == "person" and "Annex" in a.name for a in doc.actors)


# --- a retired officer: a mark in brackets between the rank and the name --------------------------------------------

def test_a_retired_mark_between_rank_and_name_keeps_the_name_the_speaker() -> None:
    doc = extract("\"Both sides helped, but the decision was taken in the capital,\" said Brigadier (retd) Amir Khan "
                  "Durrani, a defence analyst in Islamabad. The retired brigadier said the truce was fragile.")
    assert speaker_of(doc, "the decision was taken") == "Amir Khan Durrani"  # not an actor 'Brigadier'
    assert speaker_of(doc, "the truce was fragile") == "Amir Khan Durrani"
    doc = extract("LIMA - \"The army will not intervene,\" said General (R) Ana Quispe Rojas, a former commander.")
    assert speaker_of(doc, "will not intervene") == "Ana Quispe Rojas"


def test_a_bracket_that_is_no_retired_mark_is_not_read_as_one() -> None:
    doc = extract("NAIROBI - \"We will appeal,\" said Colonel (KDF) spokesman Paul Njoroge Kamau on Monday.")
    assert not any(a.type == "person" and a.name.startswith("KDF") for a in doc.actors)


# --- 'the cleric' is the person with a religious title -------------------------------------------------------------

def test_the_cleric_is_the_person_named_with_a_religious_title() -> None:
    doc = extract("ISFAHAN - Governor Reza Karimi said the shelters were safe. \"Families should stay in the tents,\" "
                  "he said.\n\nHours earlier, Hojatoleslam Ali Karimi, the city's Friday prayer leader, had told "
                  "worshippers that the builders had cheated the poor. The cleric, who is not related to the governor, "
                  "called for the builders to be tried in public.\n")
    assert speaker_of(doc, "builders to be tried") == "Ali Karimi"  # was a new person 'cleric'
    assert not any(a.name == "cleric" for a in doc.actors)
    doc = extract("NAIROBI - County commissioner Peter Mwangi said 40 families had been moved.\n\n"
                  "Bishop Grace Wanjiru Kamau of the Anglican diocese said the church would house them. The cleric "
                  "said food would run out by Friday.\n")
    assert speaker_of(doc, "food would run out") == "Grace Wanjiru Kamau"
    doc = extract("KARACHI - Commissioner Adnan Qureshi said the camps were safe. Maulana Tariq Jamil Abbasi told "
                  "worshippers the builders had betrayed the city. The cleric, who is no relative of the commissioner, "
                  "called for the builders to be tried.\n")
    assert speaker_of(doc, "builders to be tried") == "Tariq Jamil Abbasi"


def test_the_cleric_is_not_an_officer_without_a_religious_title() -> None:
    doc = extract("NAIROBI - County commissioner Peter Mwangi said 40 families had been moved. \"Food will run out,\" "
                  "a cleric said.\n")
    assert speaker_of(doc, "Food will run out") != "Peter Mwangi"


# --- a pronoun that closes a quotation of several sentences ---------------------------------------------------------

def test_a_pronoun_after_a_quotation_of_two_sentences_looks_before_the_quotation() -> None:
    doc = extract("CALI - Governor Carlos Ruiz visited the flooded camp on Sunday. \"Mayor Luis Gomez has done nothing "
                  "for these families. The town is still waiting,\" he said.\n")
    assert speaker_of(doc, "still waiting") == "Carlos Ruiz"  # not the mayor named inside the quotation
    doc = extract("CALI - Governor Carlos Ruiz visited the camp on Sunday. Mayor Luis Gomez arrived an hour later. "
                  "\"We have sent forty boats. The water is falling,\" he said.\n")
    assert speaker_of(doc, "water is falling") == "Luis Gomez"  # the subject before the quotation still counts
    doc = extract("TACLOBAN - Maria Santos has waited at the pier since dawn. Her husband, Nonoy, a welder, was on the "
                  "boat. \"They told us nothing. We just wait,\" she said.\n")
    assert speaker_of(doc, "We just wait") == "Maria Santos"  # not the husband before the quotation


# --- one of a body's people: 'X and other <Body> officials' ---------------------------------------------------------

_LAKE = ("KISUMU - County water officer Peter Otieno said on Tuesday the lake level had fallen by a metre.\n\n"
         "Otieno met Mrs Akinyi Wanjala and other LVWB officials at the county offices on Tuesday.\n\n"
         "Asked whether she was related to the contractor's site manager, Eng. Samuel Wanjala, the LVWB spokeswoman "
         "smiled. \"Wanjala is a common name. He is not my cousin,\" she said.\n")


def test_a_person_listed_with_other_officials_of_a_body_is_that_bodys_spokeswoman() -> None:
    doc = extract(_LAKE)
    assert speaker_of(doc, "not my cousin") == "Akinyi Wanjala"
    assert "LVWB official" in next(a.titles for a in doc.actors if a.name == "Akinyi Wanjala")


def test_a_person_listed_with_other_people_of_no_body_gets_no_title() -> None:
    doc = extract("KISUMU - Otieno met Mrs Akinyi Wanjala and other residents at the county offices on Tuesday.\n")
    assert next(a.titles for a in doc.actors if a.name == "Akinyi Wanjala") == []


def test_a_final_h_written_or_left_out_is_one_word_in_long_words_only() -> None:
    assert compare(parse("Masoumeh Tavakoli"), parse("Masuma Tavakoli")) is not None
    assert compare(parse("Yusuf Hamzeh"), parse("Yusuf Hamzah")) is not None
    assert compare(parse("Yusuf Hamzeh"), parse("Yusuf Hamza")) is not None
    assert compare(parse("Reza Shah"), parse("Reza Sha")) is None  # a short word keeps its h
    assert compare(parse("Ali Karimi"), parse("Ali Karima")) is None


# --- a quoted nickname inside a name --------------------------------------------------------------------------------

_JEEPNEY = ("TAGBILARAN - The jeepney left the road shortly before noon, said Vice Mayor Rodolfo \"Rudy\" Macaraeg of "
            "Loboc, who went to the ravine with rescuers.\n\n\"The brakes failed on the slope,\" Macaraeg said.\n\n"
            "Supt. Lorna \"Baby\" Sumalinog said the driver, Danilo Macaraeg, was in hospital.\n")


def test_a_quoted_nickname_inside_a_name_is_one_person_with_the_nickname_as_a_given_name() -> None:
    doc = extract(_JEEPNEY)
    assert speaker_of(doc, "brakes failed") == "Rodolfo Rudy Macaraeg"  # not the driver of that family name
    assert speaker_of(doc, "was in hospital") == "Lorna Baby Sumalinog"
    names = {a.name for a in doc.actors if a.type == "person"}
    assert {"Rodolfo Rudy Macaraeg", "Lorna Baby Sumalinog", "Danilo Macaraeg"} <= names
    assert not any('"' in n or n == "Rodolfo" for n in names)


def test_the_nickname_form_of_another_report_joins_the_person() -> None:
    found = _listed(_JEEPNEY, "LOBOC - Vice Mayor Rudy Macaraeg said on Monday the road would stay closed for a week.")
    assert together(found, "Rodolfo Rudy Macaraeg", "Rudy Macaraeg")
    assert apart(found, "Rodolfo Rudy Macaraeg", "Danilo Macaraeg")


def test_a_quoted_word_after_a_name_that_no_family_name_follows_is_no_nickname() -> None:
    doc = extract("MANILA - Senator Carmela Robredo called the bill \"Reckless\" and said she would vote against it.\n")
    assert any(a.name == "Carmela Robredo" for a in doc.actors)


# --- a consulate is a body, and its unnamed official speaks for it --------------------------------------------------

def test_a_consulate_described_by_its_country_is_a_body_and_its_official_speaks_for_it() -> None:
    doc = extract("MANILA - Flights to Riyadh ran normally on Monday, but the Philippine consulate in Jeddah said it "
                  "had received hundreds of calls from workers. A consulate official said the phone lines to Mindanao "
                  "had been down since Sunday.\n")
    assert speaker_of(doc, "hundreds of calls") == "Philippine consulate in Jeddah"
    assert speaker_of(doc, "phone lines to Mindanao") == "Philippine consulate in Jeddah"
    doc = extract("MANILA - The Philippine consulate in Jeddah and the Indonesian consulate in Jeddah said they had "
                  "received calls. A consulate official said the lines had been down since Sunday.\n")
    assert speaker_of(doc, "lines had been down") == "consulate official"  # two consulates: neither
