"""What is no actor of a report, and names the NER cut, on short reports of our own (people, bodies and most
places invented): credit lines, the press a speaker talks to, places, markets and ships, counted or indefinite
objects, bodies a definite description stands for, posts under a header line (issue 18, junk actors)."""

from __future__ import annotations

from reportedly import extract
from reportedly.model import Document


def _names(doc: Document) -> set[str]:
    return {a.name for a in doc.actors}


def _speaker(doc: Document, content: str) -> str:
    """The name of the actor that says ``content`` (a piece of the statement's content)."""
    names = {a.id: a.name for a in doc.actors}
    st = next(s for s in doc.statements if content in s.content.text)
    assert isinstance(st.source.actor, str), st.source
    return names[st.source.actor]


WIRE = (
    "Ferry operator fined over harbour spill\n\n"
    "OSLO (Reuters) - Norway's coastal regulator fined Brekke Logistics on Monday after a diesel spill at "
    "Tromsø harbour. Officials set up a joint monitoring team of six inspectors. (NTB)\n\n"
    "Crews clean the harbour at Tromsø, Norway, March 3, 2026. (Xinhua/Li Wen)\n\n"
    "\"We did nothing wrong,\" Brekke's chief executive Halvard Moe said.\n\n"
    "(Reporting by Lena Voss in Oslo and Aarav Menon in Bergen; Editing by Tom Hale)\n\n"
    "(With inputs from PTI)"
)


def test_credit_lines_are_debris_and_no_actors() -> None:
    doc = extract(WIRE)
    removed = {r.text: r.kind for r in doc.removed}
    assert removed["(Reporting by Lena Voss in Oslo and Aarav Menon in Bergen; Editing by Tom Hale)"] == "byline"
    assert removed["(With inputs from PTI)"] == "byline"
    assert removed["(NTB)"] == "byline"  # an agency's credit that ends a paragraph
    assert any(r.kind == "caption" and r.text.endswith("(Xinhua/Li Wen)") for r in doc.removed)
    assert not {"Lena Voss", "Aarav Menon", "Tom Hale", "PTI", "NTB", "Xinhua/Li Wen"} & _names(doc)
    for r in doc.removed:  # standoff: every removed span is the original text
        assert all(WIRE[s:e] in r.text or r.text in WIRE[s:e] for s, e in r.spans)


def test_an_acronym_defined_at_a_paragraphs_end_is_no_credit() -> None:
    doc = extract("The fine was set by the Norwegian Coastal Administration (NCA).\n\nThe NCA said it would not "
                  "change it.")
    assert not any(r.text == "(NCA)" for r in doc.removed)


PRESS_AND_PLACES = (
    "Brekke Logistics fined after Tromsø spill\n\n"
    "Halvard Moe, the chief executive of Brekke Logistics, told the Nordvik Herald that the fine was unfair. "
    "Ingrid Sæther, the harbour master, told NTB the spill had been contained.\n\n"
    "Shares of Brekke fell 9 percent on the KOSDAQ market. All 12 plants in the Vestrum chemical park were "
    "closed, and units were sent to Kalvbukta on Tuesday.\n\n"
    "Two of its ships, the Brekke Ingrid and the Nordic Terne, call weekly at the port. There was no call from "
    "the Brekke Ingrid that night, Sæther said.\n\n"
    "Eleven workers were treated, according to a medic at Tromsø University Hospital.\n\n"
    "Norwegians living in Lebanon could not be reached. Singapore's Ministry of Foreign Affairs said no "
    "Singaporean had been hurt."
)


def test_the_press_places_markets_ships_and_settings_are_no_actors() -> None:
    doc = extract(PRESS_AND_PLACES)
    names = _names(doc)
    assert "Nordvik Herald" not in names and "NTB" not in names  # told something: the channel, no actor
    assert not {"KOSDAQ", "Vestrum", "Kalvbukta", "Brekke Ingrid", "Tromsø University Hospital"} & names
    assert "Lebanon" not in names and "Singapore" not in names  # a setting, or a word of another actor's name
    assert "Singapore's Ministry of Foreign Affairs" in names
    assert _speaker(doc, "the fine was unfair") == "Halvard Moe"


BODIES = (
    "Vallund court orders recount\n\n"
    "The Electoral Appeals Court ordered a recount in two provinces on Monday. The court said the count must end "
    "within five days. The Civic Renewal Alliance, the main opposition bloc, welcomed the ruling, and the main "
    "opposition alliance said its agents would watch every box.\n\n"
    "The shipping company Brekke insisted on Friday that it had reported the spill on time. Brekke's chief "
    "executive said the company would publish the log.\n\n"
    "\"No party has given us a single piece of evidence,\" the commission said. It said it would work with any "
    "government that emerged. The new parliament must then elect a president. The blast killed three workers "
    "and hit a storage unit, and each side accused the other.\n\n"
    "A labour group in Bergen said the toll was higher."
)


def test_a_definite_body_is_the_body_named_and_no_one_is_no_actor() -> None:
    doc = extract(BODIES)
    names = _names(doc)
    assert _speaker(doc, "the count must end within five days") == "Electoral Appeals Court"
    assert _speaker(doc, "its agents would watch every box") == "Civic Renewal Alliance"
    assert _speaker(doc, "it had reported the spill on time") == "Brekke"
    assert not {"party", "No party", "any government", "government", "president", "three workers",
                "storage unit", "side", "each side", "shipping company", "company"} & names
    assert _speaker(doc, "the toll was higher") == "labour group"  # someone new who speaks stays


NAMES = (
    "Flood toll rises in hill district\n\n"
    "District magistrate Devesh Chandra Sharma said 12 bodies had been recovered. Chief District Officer Ram "
    "Prasad Sharma said six of the dead were from across the river.\n\n"
    "\"The bodies will be handed over tomorrow,\" Sharma told reporters by phone.\n\n"
    "Mayor Suresh Bahadur Bista said the water came at night. Home Ministry spokesperson Tek Bahadur Karki said "
    "19 people had died.\n\n"
    "The plant's South Korean deputy manager, Dong-hyuk Yoon, was detained. \"We did not run the workshops,\" "
    "Ji-yeon Han, a spokeswoman for the Korean partner, said. Dongsheng Han, the city's emergency chief, said "
    "the count would rise. Mr. Han said he had been wrong."
)


def test_names_the_ner_cut_are_whole_and_one_person_each() -> None:
    doc = extract(NAMES)
    names = _names(doc)
    assert _speaker(doc, "12 bodies had been recovered") == "Devesh Chandra Sharma"
    assert _speaker(doc, "six of the dead were from across the river") == "Ram Prasad Sharma"
    assert _speaker(doc, "The bodies will be handed over tomorrow") == "Ram Prasad Sharma"
    assert _speaker(doc, "19 people had died") == "Tek Bahadur Karki"
    assert "Dong-hyuk Yoon" in names and "Dong-hyuk" not in names
    assert _speaker(doc, "We did not run the workshops") == "Ji-yeon Han"
    assert _speaker(doc, "he had been wrong") == "Dongsheng Han"  # 'Mr.': not the spokeswoman


POST = (
    "Kazakh leader hails ceasefire\n\n"
    "Kazakh President Yerbol Daulet said his calls had helped. \"I spoke to both leaders,\" Daulet said.\n\n"
    "Yerbol Daulet (@YDaulet) · 7 May 2026\n"
    "Glad that after our talks with both sides the guns on the border fell silent at 20:00."
)


def test_a_post_under_a_header_is_its_authors() -> None:
    doc = extract(POST)
    assert _speaker(doc, "the guns on the border fell silent") == "Yerbol Daulet"
    assert all(s.source.actor for s in doc.statements if "fell silent" in s.content.text)


def test_an_organisation_is_named_with_the_country_that_owns_it() -> None:
    doc = extract("Türkiye's Foreign Ministry welcomed the ceasefire, saying both sides should settle their "
                  "differences through dialogue.")
    assert _speaker(doc, "settle their differences") == "Türkiye's Foreign Ministry"
    assert next(a for a in doc.actors if a.name == "Türkiye's Foreign Ministry").country == "TUR"


def test_unnamed_people_with_no_country_are_generic_but_a_bodys_proper_name_is_not() -> None:
    from reportedly.corpus.actors import generic_head

    assert generic_head("villagers") == "villagers" and generic_head("two managers") == "managers"
    assert generic_head("Our border guards") == "guards" and generic_head("some companies") == "companies"
    assert generic_head("Kyrgyzstan's General Staff") is None and generic_head("the Kyrgyz General Staff") is None
    assert generic_head("Revolutionary Guards") is None


def test_a_qualified_role_is_the_person_whose_title_holds_the_qualifier() -> None:
    doc = extract("Lt Gen Arvind Rao, the Northern Command chief, visited the camp. National Disaster Response "
                  "Force director general Vinod Kumar Bisht, who flew in on Friday, said four teams had arrived. The "
                  "NDRF chief said his men had reached the village after a two-hour march.")
    assert _speaker(doc, "his men had reached the village") == "Vinod Kumar Bisht"


def test_ships_in_apposition_and_a_common_word_opening_a_sentence_are_no_actors() -> None:
    doc = extract("The regulator inspected six ships.\n\nTwo of the six inspected ships, the Brekke Ida and the "
                  "Nordic Terne, call weekly at Drammen.\n\nCargo bound for Bergen was delayed by two days, and the "
                  "cargo owners complained.")
    assert not {"Brekke Ida", "Nordic Terne", "Cargo"} & _names(doc)


def test_a_described_person_who_speaks_is_the_one_whose_title_has_those_words() -> None:
    doc = extract("Chief District Officer Hari Prasad Joshi said six of the dead were from Darchula. The chief "
                  "district officer said the bodies would be handed over on Friday.")
    assert _speaker(doc, "the bodies would be handed over") == "Hari Prasad Joshi"


def test_a_weapon_after_hyphenated_adjectives_is_no_person() -> None:
    doc = extract("Ukraine said its air force shot down 130 Iranian-made Russian-launched Shahed drones overnight.")
    assert _names(doc) <= {"Ukraine", "air force"}
