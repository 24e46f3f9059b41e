"""People, bodies and speakers in phrasings the tuned stories did not have (issue 18, items 3, 4, 5 and 7).

Each test is a failure found on probe reports or on fresh story corpora, rewritten as a short text of our own
(Bangladeshi border guards, Kazakh and Uzbek state bodies, a UN mission in Haiti, Afghan and Sudanese names, a
Chilean candidate's post). All people, outlets and bodies are invented; only countries and cities are real. Pairs
that must stay apart are tested beside each join.
"""

from __future__ import annotations

from reportedly import extract
from reportedly.corpus.query import CorpusActor
from tests.actorhelp import apart, listed_actors, together
from tests.speakerhelp import speaker_of


def _listed(*texts: str) -> list[CorpusActor]:
    """The corpus actors after storing the reports in this order."""
    return listed_actors(*texts, month="2026-10")


# --- a title before a body's acronym ------------------------------------------------------------------------------

_BGB = ("DG BGB: no intrusion at Sylhet border\n\n"
        "DHAKA - Director General of the BGB Maj Gen Kamal Hossain on Monday rejected reports that armed men had "
        "crossed the border near Sylhet.\n\n"
        "\"No one crossed,\" the DG BGB said at a briefing. He said patrols had been doubled along the river.\n\n"
        "The BGB denied that any post had been abandoned.\n")


def test_a_title_before_a_bodys_acronym_is_the_bodys_officer_not_a_person_named_by_the_acronym() -> None:
    doc = extract(_BGB)
    assert speaker_of(doc, "reports that armed men") == "Kamal Hossain"  # the office, the rank, the name
    assert speaker_of(doc, "No one crossed") == "Kamal Hossain"
    assert speaker_of(doc, "patrols had been doubled") == "Kamal Hossain"  # not a person 'BGB'
    assert speaker_of(doc, "any post had been abandoned") == "BGB"
    assert {a.type for a in doc.actors if a.name == "BGB"} == {"organization"}


def test_a_given_name_in_capitals_stays_a_person() -> None:
    doc = extract("Coach quits after defeat\n\n"
                  "LAGOS - Football coach OMAR Danjuma resigned on Sunday. Danjuma said he had no regrets.\n")
    assert not any(a.type == "organization" and a.name == "OMAR" for a in doc.actors)


# --- transliterations -----------------------------------------------------------------------------------------------

def test_a_name_in_ullah_written_with_and_without_its_h_is_one_person() -> None:
    found = _listed(
        "KABUL - \"The strikes hit homes,\" spokesman Zabihullah Karimi said on Sunday.",
        "KABUL - Government spokesman Zabiullah Karimi said on Monday that talks would begin soon.")
    assert together(found, "Zabihullah Karimi", "Zabiullah Karimi")


def test_two_different_names_in_ullah_stay_apart() -> None:
    found = _listed(
        "KABUL - \"The strikes hit homes,\" spokesman Hamdullah Karimi said on Sunday.",
        "KABUL - Deputy minister Habibullah Karimi said on Monday that talks would begin soon.")
    assert apart(found, "Hamdullah Karimi", "Habibullah Karimi")


# --- acronyms of a name written shorter -----------------------------------------------------------------------------

def test_an_acronym_after_a_name_with_one_word_left_out_is_that_body() -> None:
    found = _listed(
        "PORT-AU-PRINCE - The United Nations mission in Haiti (UNAMH) said on Monday that 40 people had been killed "
        "in the clashes.",
        "PORT-AU-PRINCE - UNAMH said on Tuesday it could not confirm the police figures.")
    assert together(found, "United Nations mission in Haiti", "UNAMH")


def test_an_acronym_two_letters_away_from_the_name_is_not_its_acronym() -> None:
    found = _listed(
        "PORT-AU-PRINCE - The Haitian police union (SPNHX) said on Monday that 40 officers had been hurt.",
        "PORT-AU-PRINCE - SPNHX said on Tuesday it would strike.")
    assert not together(found, "Haitian police union", "SPNHX")


# --- a country's state body under a description ---------------------------------------------------------------------

def test_a_countrys_described_body_is_its_state_body_named_with_the_country() -> None:
    for order in (1, -1):
        found = _listed(*[
            "ASTANA - Kazakhstan's State Revenue Committee said on Monday it had seized 12 lorries at the border.",
            "ALMATY - The Kazakh revenue committee said on Tuesday the lorries carried undeclared fuel."][::order])
        assert together(found, "Kazakhstan's State Revenue Committee", "Kazakh revenue committee"), order


def test_another_countrys_described_body_stays_apart_from_a_state_body() -> None:
    found = _listed(
        "TASHKENT - Uzbekistan's State Customs Committee said on Monday it had seized 12 lorries at the border.",
        "ALMATY - The Kazakh customs committee said on Tuesday the lorries carried undeclared fuel.")
    assert apart(found, "Uzbekistan's State Customs Committee", "Kazakh customs committee")


# --- posts under a handle -------------------------------------------------------------------------------------------

_POST = ("Count resumes in Santiago\n\n"
         "SANTIAGO - The electoral service resumed the count on Monday night. Opposition candidate Tomás Valdez "
         "Rojas said on Monday the halt had been planned.\n\n"
         "Valdez has reacted on X:\n\n"
         "{handle} · 3 Jun 2026\n"
         "They stopped the count when I was ahead. Chile will not accept it.\n\n"
         "The service did not reply.\n")


def test_a_post_under_a_handle_that_spells_a_name_is_that_persons() -> None:
    doc = extract(_POST.format(handle="@TomasValdezR"))
    assert speaker_of(doc, "They stopped the count") == "Tomás Valdez Rojas"


def test_a_post_under_a_handle_of_one_name_word_is_no_ones() -> None:
    doc = extract(_POST.format(handle="@Valdez2026"))
    assert all(speaker_of(doc, "They stopped the count") != "Tomás Valdez Rojas"
               for s in doc.statements if "They stopped the count" in s.content.text)


# --- a passive with its agent ---------------------------------------------------------------------------------------

def test_what_a_passive_cue_with_an_agent_was_said_of_is_the_agents_statement() -> None:
    doc = extract("Fire in Kotka\n\nKOTKA - The rescue service said the fire was out by noon. Figures that 30 homes "
                  "had burned were disputed by the city council.\n")
    assert speaker_of(doc, "Figures that 30 homes had burned") == "city council"


def test_a_passive_cue_with_no_agent_has_no_source() -> None:
    doc = extract("Fire in Kotka\n\nKOTKA - The rescue service said the fire was out by noon. Figures that 30 homes "
                  "had burned were disputed.\n")
    assert all(speaker_of(doc, "30 homes had burned") is None for s in doc.statements if "30 homes" in s.content.text)


def test_what_a_speaker_called_something_is_her_statement_where_the_parse_has_no_object() -> None:
    doc = extract("Vote count row\n\nLIMA - \"The count is clean,\" said Rosa Huamán, spokeswoman of the ruling party. "
                  "She called the opposition's fraud claims \"theatre for the foreign press\".\n")
    assert speaker_of(doc, "theatre for the foreign press") == "Rosa Huamán"


# --- names and titles of fresh kinds of story -----------------------------------------------------------------------

def test_a_name_after_a_role_and_a_comma_is_the_person_where_the_recogniser_tagged_half_of_it() -> None:
    doc = extract("Regulator orders clean-up\n\nABUJA - Nigeria's spill regulator on Thursday ordered Ndoni Oil to "
                  "begin clean-up within seven days.\n\nUche Adeyemi, who speaks for the fishing villages, said the "
                  "order came too late. Ndoni's spokesman, Emeka Okoro, said the firm would pay once sabotage was "
                  "ruled out.\n")
    assert speaker_of(doc, "the firm would pay") == "Emeka Okoro"  # not the one who spoke before
    assert "Ndoni's spokesman" not in next(a for a in doc.actors if a.name == "Uche Adeyemi").titles


def test_a_short_form_of_a_given_name_and_a_shared_title_are_one_person() -> None:
    found = _listed(
        "WARRI - \"We found a drilled hole,\" Ndoni Oil spokesman Chukwuemeka Okoro said on Wednesday.",
        "WARRI - Ndoni's spokesman, Emeka Okoro, said on Thursday the firm would pay for the damage.")
    assert together(found, "Chukwuemeka Okoro", "Emeka Okoro")


def test_two_people_of_one_family_name_with_other_given_names_stay_apart() -> None:
    found = _listed(
        "WARRI - \"We found a drilled hole,\" Ndoni Oil spokesman Chukwuemeka Okoro said on Wednesday.",
        "WARRI - Ndoni's spokesman, Tunde Okoro, said on Thursday the firm would pay for the damage.")
    assert apart(found, "Chukwuemeka Okoro", "Tunde Okoro")


def test_an_mp_and_a_lawmaker_are_one_title() -> None:
    found = _listed(
        "TABRIZ - A local lawmaker, Hossein-Ali Rezaei, said at least 300 people had died in his district.",
        "TABRIZ - Hosseinali Rezaei, the MP for Ahar, said officials were hiding the dead.")
    assert together(found, "Hossein-Ali Rezaei", "Hosseinali Rezaei")


def test_the_company_is_not_the_coast_guard() -> None:
    found = _listed(
        "BATANGAS - The Philippine Coast Guard said 31 people had died when the ferry capsized.",
        "BATANGAS - Coast guard spokesman Armando Dizon said the crew had ignored a warning. A lawyer for the "
        "operator said the company would cooperate.")
    assert "company" not in next(a for a in found if a.name == "Philippine Coast Guard").aliases


def test_atty_is_a_title_not_a_person() -> None:
    doc = extract("Operator to cooperate\n\nMANILA - The operator's lawyer, Atty. Rommel Cabrera, said the company "
                  "would cooperate with investigators.\n")
    assert not any(a.name.startswith("Atty") for a in doc.actors)
    assert speaker_of(doc, "the company would cooperate") == "Rommel Cabrera"


def test_a_red_crescent_society_is_its_countrys_red_crescent() -> None:
    found = _listed(
        "TEHRAN - The head of the Iranian Red Crescent Society said 1,900 people had been injured.",
        "TEHRAN - Iran's Red Crescent said on Wednesday that 230 people had died.")
    assert together(found, "Iranian Red Crescent Society", "Iran's Red Crescent")


def test_a_company_the_recogniser_took_for_a_place_is_the_company() -> None:
    doc = extract("Ferry capsizes off Cebu\n\nCEBU CITY, Philippines (AP) — A ferry capsized off Cebu on Sunday, the "
                  "coast guard said.\n\nThe ferry's operator, Santa Cruz Sea Lines, denied that the boat was "
                  "overloaded. In a statement, the company said the ferry \"left port within its licensed "
                  "capacity\".\n")
    assert speaker_of(doc, "the boat was overloaded") == "Santa Cruz Sea Lines"
    assert speaker_of(doc, "left port within its licensed capacity") == "Santa Cruz Sea Lines"


def test_a_place_named_like_a_company_stays_a_place() -> None:
    doc = extract("Settlers clash with villagers\n\nRAMALLAH - Two villagers were hurt in the West Bank on Sunday, "
                  "the Palestinian health ministry said.\n")
    assert not any(a.name == "West Bank" and a.type == "organization" for a in doc.actors)


def test_a_un_mission_is_a_body_not_a_person() -> None:
    found = _listed("KINSHASA - The UN Stabilisation Mission said on Monday it was gathering information on the attack "
                    "near Goma. Its head, Aminata Sow-Dembélé, urged both sides to step back.")
    assert {a.type for a in found if a.name == "UN Stabilisation Mission"} == {"organization"}
    assert {a.type for a in found if a.name == "Aminata Sow-Dembélé"} == {"person"}


def test_a_bodys_head_before_a_name_and_a_comma_is_the_persons_title() -> None:
    doc = extract("Regulator orders clean-up\n\nABUJA - The agency's head, Idris Musa, said the company had \"no "
                  "excuse\". The head, Amina Bello, said she agreed.\n")
    titles = {a.name: a.titles for a in doc.actors}
    assert "agency's head" in titles["Idris Musa"]
    assert titles["Amina Bello"] == []  # 'the head' with no owner is no title


def test_an_acronym_of_the_first_letters_of_each_word_is_that_body() -> None:
    found = _listed(
        "MANILA - The Maritime Industry Authority (MARINA) said on Monday it had suspended the operator's permit.",
        "MANILA - MARINA said on Tuesday the suspension would last until the inquiry ended.")
    assert together(found, "Maritime Industry Authority", "MARINA")


def test_an_acronym_that_no_first_letters_spell_is_not_that_body() -> None:
    found = _listed(
        "MANILA - The Maritime Industry Authority (MIAPH) said on Monday it had suspended the operator's permit.",
        "MANILA - MIAPH said on Tuesday the suspension would last until the inquiry ended.")
    assert not together(found, "Maritime Industry Authority", "MIAPH")


# --- an unnamed official of a named body ----------------------------------------------------------------------------

def test_an_unnamed_official_of_a_body_just_named_speaks_for_it() -> None:
    doc = extract("Students told to stay put\n\nALMATY - The Nepalese Embassy in Almaty advised Nepali workers in "
                  "Shymkent to avoid travel to the border. \"All our workers are safe,\" an embassy official said.\n")
    assert speaker_of(doc, "All our workers are safe") == "Nepalese Embassy"


def test_an_unnamed_official_of_no_one_body_stays_an_official() -> None:
    for text in ("The Nepalese Embassy advised Nepali workers in Shymkent to avoid travel to the border. \"All our "
                 "workers are safe,\" a senior official said.",
                 "The Nepalese Embassy and the Indian Embassy advised workers in Shymkent to avoid travel to the "
                 "border. \"All our workers are safe,\" an embassy official said."):
        doc = extract(f"Students told to stay put\n\nALMATY - {text}\n")
        assert speaker_of(doc, "All our workers are safe") not in ("Nepalese Embassy", "Indian Embassy")


# --- titles as different outlets write them -------------------------------------------------------------------------

def test_two_ranks_that_differ_keep_two_spellings_apart() -> None:
    found = _listed(
        "PESHAWAR - Colonel Ahmad Hussain Shah said on Friday that the post had not been abandoned.",
        "PESHAWAR - \"We held the post,\" Major Ahmed Hussain Shah told reporters on Saturday.")
    assert apart(found, "Ahmad Hussain Shah", "Ahmed Hussain Shah")


def test_a_spokesperson_is_the_spokesman_and_the_spokeswoman_is_not() -> None:
    from reportedly.corpus.persons import titles_conflict
    from reportedly.corpus.titles import title_key

    def conflict(a: str, b: str) -> bool:
        return titles_conflict({title_key(a) or ""}, {title_key(b) or ""})

    assert not conflict("police spokesperson", "police spokesman")
    assert not conflict("chairperson", "chairwoman")
    assert conflict("spokeswoman", "spokesman")
    assert conflict("Captain", "mayor")
    assert conflict("Colonel", "Major")


# --- a company with and without its last word -----------------------------------------------------------------------

def test_a_company_named_with_and_without_a_company_word_is_one_body() -> None:
    found = _listed(
        "RUSTENBURG - Marula Platinum Mines said on Monday that 14 miners were trapped.",
        "RUSTENBURG - Marula Platinum said on Tuesday the shaft would stay closed.")
    assert together(found, "Marula Platinum Mines", "Marula Platinum")


def test_two_companies_of_one_first_word_stay_apart() -> None:
    found = _listed(
        "RUSTENBURG - Marula Platinum Mines said on Monday that 14 miners were trapped.",
        "RUSTENBURG - Marula Coal said on Tuesday its shaft would stay closed.")
    assert apart(found, "Marula Platinum Mines", "Marula Coal")


# --- a headline's role, named below ---------------------------------------------------------------------------------

def test_a_role_in_a_headline_is_its_one_holder_named_below() -> None:
    doc = extract("Foreign minister says talks will resume\n\nSEOUL - South Korean foreign minister Lee Jae-hoon said "
                  "on Monday that talks with Beijing would resume in March. He said both sides wanted calm.\n")
    assert speaker_of(doc, "talks will resume") == "Lee Jae-hoon"


def test_a_role_in_a_headline_that_two_people_below_hold_stays_a_role() -> None:
    doc = extract("Minister says port will stay open\n\nDURBAN - Transport Minister Lerato Mokoena said the port would "
                  "stay open. Finance Minister Thabo Nkosi said the budget had room for repairs.\n")
    assert speaker_of(doc, "port will stay open") not in ("Lerato Mokoena", "Thabo Nkosi")


# --- from the fresh story corpora (valley, quake), rewritten --------------------------------------------------------

def test_a_long_office_a_rank_and_a_name_after_a_comma_are_one_person_and_the_dg_is_him() -> None:
    doc = extract("DG FBSD: 'every target was a hideout'\n\n"
                  "Quetta: The director general of the Frontier Border-Security Directorate, Major General Imran "
                  "Sheikh, on Monday rejected Afghan claims that civilians had been killed.\n\n"
                  "The DG said 30 fighters had been killed near Chaman.\n")
    assert speaker_of(doc, "Afghan claims that civilians") == "Imran Sheikh"
    assert speaker_of(doc, "30 fighters had been killed") == "Imran Sheikh"


def test_a_family_name_one_vowel_apart_with_titles_that_agree_is_one_person() -> None:
    found = _listed(
        "KABUL - Sibghatullah Zahid, a spokesman, said on Sunday that two posts had been destroyed.",
        "KABUL - \"We lost no post,\" Sebghatullah Zahed, spokesman for the Afghan defence ministry, said on Monday.",
        "KABUL - Taliban spokesman Zabihulla Saqeb said on Tuesday that Kabul would respond.",
        "KABUL - Chief spokesman Zabihullah Saqib said on Wednesday that talks had begun.")
    assert together(found, "Sibghatullah Zahid", "Sebghatullah Zahed")
    assert together(found, "Zabihulla Saqeb", "Zabihullah Saqib")


def test_a_family_name_one_vowel_apart_with_titles_that_conflict_stays_apart() -> None:
    found = _listed(
        "HERAT - Mayor Ahmad Zahed said on Sunday that two schools had been destroyed.",
        "KABUL - \"We lost no post,\" Ahmad Zahid, spokesman for the defence ministry, said on Monday.")
    assert apart(found, "Ahmad Zahed", "Ahmad Zahid")


def test_an_aid_group_named_with_and_without_network_is_one_body() -> None:
    found = _listed(
        "ERBIL - The Zagros Relief Network said on Monday that 60 people had died in Halabja.",
        "ERBIL - Zagros Relief said on Tuesday the toll had risen to 71.")
    assert together(found, "Zagros Relief Network", "Zagros Relief")


def test_a_leading_given_name_written_short_is_part_of_the_name() -> None:
    doc = extract("Operator contests suspension\n\nCEBU CITY - The company called the suspension premature. Its "
                  "spokeswoman, Ma. Elena Cabrera, said 2,000 passengers a day would be stranded.\n\n"
                  "\"We are cooperating fully,\" Cabrera said.\n")
    assert speaker_of(doc, "We are cooperating fully") == "Ma. Elena Cabrera"
    assert not any(a.name == "Ma" for a in doc.actors)


def test_commo_is_a_rank_of_the_person() -> None:
    doc = extract("Search widened\n\nCEBU CITY - Commo. Rogelio Santiago said two more ships had joined the search.\n")
    assert not any(a.name == "Commo" for a in doc.actors)
    assert "Commo." in next(a for a in doc.actors if a.name == "Rogelio Santiago").titles


def test_a_hyphenated_name_after_a_role_and_a_comma_is_the_person() -> None:
    doc = extract("Spill row\n\nENUGU - Delta Creeks Watch, an environmental group, rejected the company's figure. Its "
                  "executive director, Nkechi Obi-Eze, said oil had spread across creeks and fish ponds.\n\n"
                  "\"A hundred barrels does not cover seven kilometres of creek,\" she said.\n")
    assert speaker_of(doc, "oil had spread across creeks") == "Nkechi Obi-Eze"
    assert speaker_of(doc, "does not cover seven kilometres") == "Nkechi Obi-Eze"


def test_nigerian_titles_before_a_name_are_titles() -> None:
    doc = extract("Lawyer files suit\n\nYENAGOA - Barr. Tonye Amachree said on Monday that the community had sued the "
                  "company. Alhaji Musa Danladi, a trader, said the market had been closed for a week.\n")
    names = {a.name for a in doc.actors if a.type == "person"}
    assert "Barr" not in names and "Tonye Amachree" in names and "Musa Danladi" in names
