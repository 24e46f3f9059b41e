"""People and bodies named the way other languages name them (issue 18): Thai and Spanish given names with and
without a term of address or rank, a Khmer name written in both orders, a compound given name left out, a
country's armed services with and without 'Royal', acronyms of names in another language, and ministries of two
portfolios; and the pairs that must stay apart.

Short texts of our own; all people and parties are invented, only the countries are real.
"""

from __future__ import annotations

from reportedly.corpus.actors import Linker
from reportedly.corpus.bodies import continued_name
from reportedly.corpus.query import CorpusActor, actors
from reportedly.corpus.store import Store
from reportedly.corpus.titles import org_body
from reportedly.text.org_names import defined_acronyms, letters
from reportedly.text.person_names import compare
from tests.actorhelp import apart, listed_actors, together
from tests.storehelp import doc_with_actors, person


def _listed(*texts: str) -> list[CorpusActor]:
    """The corpus actors after storing the reports in this order."""
    return listed_actors(*texts, month="2026-08")


# --- names taken apart -------------------------------------------------------------------------------------------

def test_a_two_word_name_and_its_reversal_are_one_name() -> None:
    m = compare("Chea Sovannara", "Sovannara Chea")
    assert m is not None and "name order reversed" in m.rules
    assert compare("Chea Sovannara", "Sovannara Pich") is None
    assert compare("Chea Sovannara", "Chea Rithy") is None  # two Cheas


def test_thai_romanisations_with_and_without_h_are_one_name() -> None:
    assert compare("Thanakorn Phothiwat", "Tanakorn Potiwat") is not None
    assert compare("Thanakorn Phothiwat", "Thanakorn Boonmee") is None


def test_a_leading_given_name_of_a_compound_may_be_left_out() -> None:
    m = compare("Maria Lucia Ortega Vidal", "Lucia Ortega")
    assert m is not None and "leading given name left out" in m.rules
    m = compare("Per Olof Sandberg", "Olof Sandberg")  # not a leading name: still the weaker rule
    assert m is not None and "first given name left out" in m.rules
    assert compare("Maria Lucia Ortega Vidal", "Ana Ortega") is None


def test_armed_services_with_and_without_ceremonial_words_are_one_body() -> None:
    assert org_body("Royal Thai Navy") == org_body("Thailand's navy") == ("navy", "THA")
    assert org_body("Royal Moroccan Armed Forces") == ("armed forces", "MAR")
    assert org_body("Royal Thai Navy") != org_body("Royal Malaysian Navy")
    assert org_body("Royal Air Force")[0] == "royal air force"  # no country in the name: left as written
    assert org_body("National Security Council")[0] == "national security council"  # not a service


def test_a_ministry_of_two_portfolios_is_the_ministry_of_the_first() -> None:
    assert org_body("Ministry of Foreign Affairs and Trade of Laos") == ("foreign ministry", "LAO")
    assert org_body("Ministry of Health and Family Welfare")[0] == "health ministry"
    assert org_body("Ministry of Industry and Trade")[0] == "industry and trade ministry"


def test_acronyms_in_brackets_in_another_order_and_with_small_words_of_other_languages() -> None:
    text = ("The Supreme Electoral Tribunal (TSE) met. The Partido de Acción Nacional (PAN) and the National "
            "Action Party (PAN) are one. Frente de Unidad Popular (FUP) marched. The Joint Staff (XYZ) said.")
    found = defined_acronyms(text)
    assert found["TSE"] == "Supreme Electoral Tribunal"
    assert found["PAN"] == "Partido de Acción Nacional"
    assert found["FUP"] == "Frente de Unidad Popular"
    assert "XYZ" not in found
    assert letters("CNE") == letters("nec") == "cen"


# --- across reports ----------------------------------------------------------------------------------------------

THAI_FULL = ("BANGKOK — Prime Minister Suriyan Kittikhun said on Monday that the border crossings would stay "
             "closed. Interior Minister Pakorn Srisuk said shelters had been opened for 4,000 people.")
THAI_GIVEN = ("BANGKOK — Prime Minister Suriyan told reporters on Tuesday that talks with Cambodia would resume. "
              "He said the crossings would reopen within a week.")


def test_a_thai_prime_minister_called_by_his_given_name_is_the_one_named_in_full() -> None:
    found = _listed(THAI_FULL, THAI_GIVEN)
    assert together(found, "Suriyan Kittikhun", "Suriyan")


def test_a_given_name_with_mr_in_the_same_report_is_the_one_named_in_full() -> None:
    found = _listed("BANGKOK — Prime Minister Suriyan Kittikhun called an emergency meeting on Sunday. Asked about "
                    "the border, Mr Suriyan said: \"All checkpoints are closed.\"")
    assert together(found, "Suriyan Kittikhun", "Suriyan")


def test_a_given_name_two_stored_people_have_stays_apart() -> None:
    found = _listed(THAI_FULL, "BANGKOK — Army chief Suriyan Boonchai said on Monday that troops were on alert.",
                    THAI_GIVEN)
    assert apart(found, "Suriyan Kittikhun", "Suriyan Boonchai")
    assert not together(found, "Suriyan Kittikhun", "Suriyan")
    assert not together(found, "Suriyan Boonchai", "Suriyan")


def test_a_lone_given_name_without_address_rank_or_title_stays_apart_across_reports() -> None:
    found = _listed("LEEDS — Council leader Martin Hollis said on Friday that the bridge would reopen in May.",
                    "LEEDS — Martin, a shopkeeper near the bridge, said trade had fallen by half.")
    assert not together(found, "Martin Hollis", "Martin")


SPANISH_FULL = ("TEGUCIGALPA — Teodoro Alvarado Pineda, the ruling party's candidate, said on Monday that he "
                "would accept the count. Lucía Ferrer Nájera, the council's president, said the count would resume.")


def test_don_and_dona_with_a_given_name_are_the_one_person_named_in_full() -> None:
    found = _listed(SPANISH_FULL, "CHOLUTECA — Don Teodoro, as the candidate is known in his home town, spent the "
                    "day at home. Supporters said they trusted the count.")
    assert together(found, "Teodoro Alvarado Pineda", "Don Teodoro")


def test_don_with_a_given_name_two_people_have_stays_apart() -> None:
    found = _listed(SPANISH_FULL, "TEGUCIGALPA — Teodoro Maldonado Ruiz, a lawyer for the opposition, said the "
                    "count was flawed.", "CHOLUTECA — Don Teodoro spent the day at home, his neighbours said.")
    assert not together(found, "Teodoro Alvarado Pineda", "Don Teodoro")
    assert not together(found, "Teodoro Maldonado Ruiz", "Don Teodoro")
    assert apart(found, "Teodoro Alvarado Pineda", "Teodoro Maldonado Ruiz")


def test_a_compound_given_name_left_out_across_reports() -> None:
    found = _listed("MANAGUA — María Lucía Ortega Vidal, the opposition candidate, said on Sunday that she had won.",
                    "MANAGUA — Lucía Ortega told supporters on Monday that the count had been stopped.")
    assert together(found, "María Lucía Ortega Vidal", "Lucía Ortega")


def test_a_khmer_name_in_both_orders_is_one_person_and_two_piches_stay_apart() -> None:
    found = _listed("PHNOM PENH — Lt Gen Pich Sovannara, a defence ministry spokeswoman, said on Monday that two "
                    "soldiers had died.",
                    "PHNOM PENH — Gen Sovannara Pich, Cambodia's spokeswoman, said a Thai jet had been shot down.",
                    "PHNOM PENH — Pich Rithy, who runs an aid group, said 3,000 people had fled.")
    assert together(found, "Pich Sovannara", "Sovannara Pich")
    assert apart(found, "Pich Sovannara", "Pich Rithy")


def test_a_countrys_army_is_its_royal_army_and_its_armed_forces_only_when_it_has_no_army() -> None:
    found = _listed("RABAT — The Royal Moroccan Armed Forces said on Monday that two drones had been shot down.",
                    "RABAT — Morocco's army said on Tuesday that its positions had come under fire.",
                    "ALGIERS — Algeria's army said on Tuesday that it had not fired.")
    assert together(found, "Royal Moroccan Armed Forces", "Morocco's army")
    assert apart(found, "Morocco's army", "Algeria's army")
    found = _listed("BANGKOK — The Royal Thai Air Force said on Monday that a jet had been hit.",
                    "BANGKOK — Thailand's air force said on Tuesday that all its jets had returned.",
                    "KUALA LUMPUR — The Royal Malaysian Air Force said on Tuesday that it had sent a plane.")
    assert together(found, "Royal Thai Air Force", "Thailand's air force")
    assert apart(found, "Royal Thai Air Force", "Royal Malaysian Air Force")


def test_a_party_named_in_spanish_english_and_by_its_acronym_is_one_body() -> None:
    found = _listed("MEXICO CITY — The Partido de Acción Nacional (PAN) said on Monday that its candidate had won.",
                    "MEXICO CITY — The National Action Party said on Tuesday that it would ask for a recount.",
                    "MEXICO CITY — The PAN said on Wednesday that its lawyers had filed a complaint.")
    assert together(found, "Partido de Acción Nacional", "National Action Party", "PAN")


def test_an_english_name_in_another_order_sharing_words_is_another_body() -> None:
    found = _listed("The Supreme National Council (SNC) said on Monday that the vote would go ahead.",
                    "The National Security Council said on Tuesday that the vote should be delayed.")
    assert apart(found, "Supreme National Council", "National Security Council")


def test_an_acronym_defined_in_another_order_names_the_body_in_other_reports() -> None:
    found = _listed("The National Electoral Council (CNE) stopped publishing results on Sunday night.",
                    "The CNE said on Tuesday that the count would resume.")
    assert together(found, "National Electoral Council", "CNE")


def test_a_nickname_in_quotes_is_the_person_its_sentence_names_before_it() -> None:
    found = _listed("TEGUCIGALPA — Opposition candidate Rosa Quintanilla Baca, whom supporters call \"La Doctora\", "
                    "said on Sunday that she had won the vote.",
                    "TEGUCIGALPA — Rosa Quintanilla said on Monday that the count had been stopped.")
    assert together(found, "Rosa Quintanilla Baca", "La Doctora", "Rosa Quintanilla")


def test_a_name_in_quotes_without_words_that_give_a_nickname_is_not_one() -> None:
    found = _listed("TEGUCIGALPA — Opposition candidate Rosa Quintanilla Baca said on Sunday that her alliance, "
                    "\"Nuevo Rumbo\", had won the vote. \"Nuevo Rumbo\" will govern, she said.")
    assert not any("Nuevo Rumbo" in a.aliases and "Rosa Quintanilla Baca" in a.aliases for a in found)


def test_a_ministry_name_cut_at_and_is_the_whole_ministry() -> None:
    text = ("VIENTIANE — Laos's Ministry of Foreign Affairs and International Cooperation said on Monday that it "
            "had summoned the ambassador. The Ministry of Defence and the Army said nothing.")
    bodies = [person("a1", "Laos's Ministry of Foreign Affairs", text, type="organization"),
              person("a2", "International Cooperation", text, type="organization"),
              person("a3", "Ministry of Defence", text, type="organization"),
              person("a4", "Army", text, type="organization")]
    doc = doc_with_actors("d1", text, bodies)
    whole = continued_name(bodies[1], doc)
    assert whole is not None and whole.name == "Laos's Ministry of Foreign Affairs and International Cooperation"
    assert org_body(whole.name) == ("foreign ministry", "LAO")
    assert continued_name(bodies[3], doc) is None  # 'the Army' is a body of its own
    with Store(":memory:") as s:
        s.add_document(doc, hash="h1", key="k1", linker=Linker(s))
        found = actors(s, limit=None)
    assert together(found, "Laos's Ministry of Foreign Affairs", "International Cooperation")


def test_a_religious_title_with_a_given_name_is_no_tie_to_a_living_person() -> None:
    found = _listed("BAGHDAD — Ali Mohsen, a member of parliament, said on Monday that the count was fair.",
                    "KARBALA — Imam Ali said nothing of the kind, Ali Mohsen's rivals joked, as pilgrims crowded "
                    "the shrine of Imam Ali on Friday.")
    assert not together(found, "Ali Mohsen", "Ali")
    found = _listed("BAGHDAD — Ali Mohsen, a member of parliament, said on Monday that the count was fair.",
                    "KARBALA — Imam Ali is mourned every year, officials said, as pilgrims crowded the shrine.")
    assert not together(found, "Ali Mohsen", "Ali")


def test_a_countrys_electoral_authority_is_its_one_national_electoral_council() -> None:
    found = _listed("LIMA — The National Electoral Council said on Monday that the count would resume at noon.",
                    "LIMA — Peru's electoral authority said on Tuesday that 98% of tally sheets had been counted.",
                    "LIMA — Peru's port authority said on Tuesday that the harbour was closed.")
    assert together(found, "National Electoral Council", "Peru's electoral authority")
    assert not together(found, "National Electoral Council", "Peru's port authority")
