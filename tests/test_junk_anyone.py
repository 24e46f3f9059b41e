"""Names that are no actor, on short reports of our own (issue 18, the junk of stories nobody tuned on): a person any
of many may be ('a Valdorian defence source', 'a Western diplomat', 'an AFP journalist'), a role in lower case with
no owner that names no one ('The prime minister accepted ...', "the league's president"), a slogan or chant in quotes
or in an embedded post, and a camp or a square named like a body ('Camp Orvan', 'Place de la Concorde'); and the
people and bodies written beside them, which stay."""

from __future__ import annotations

from reportedly.corpus.not_actors import anonymous
from tests.actorhelp import apart, listed_actors, listed_names, together

DEPOT = ('Depot fire spreads in Varno\n\nVARNO, Oct 3 (Reuters) — The Valdorian army said its air defences had shot '
         'down '
         'four drones over the port on Friday.\n\n"The depot was hit twice," a Kenyan defence source told Reuters. '
         'An Ostrelian official, speaking on condition of anonymity, said no drones had been launched.\n\n'
         'A Western diplomat said talks had stalled. An AFP journalist at the scene saw black smoke over the '
         'harbour.\n\n'
         'Army spokesman Colonel Ivo Brandt said the fire was under control.')

GRAIN = ('Minister quits over grain deal\n\nTORVIK — Agriculture minister Hella Strand resigned on Monday after a row '
         'over grain exports, her office said.\n\n"I leave with a clear conscience," Strand said.\n\n'
         "The prime minister accepted the resignation, a government statement said. The league's president said the "
         'farmers would keep protesting.\n\nFarmers\' League chairman Oskar Lind said the deal was "a betrayal".')

WATER = ('Protesters demand clean water\n\nAbout 300 people marched on the town hall in Lirana on Wednesday chanting '
         '"Tiyeni Pamodzi!" and "Water Now!".\n\nCouncillor Aldo Venkuru said the council had no money to repair the '
         'pumps. "The water board must pay," he said.\n\nThe Lirana Water Board said in a statement that vandals had '
         'stolen cables.')

POST = ('Strike on depot\n\n08:15\n\nThe Army posts on X: "Justice is done. Sada Vijay."\n\nEmbedded post: Varnian '
        'Army '
        '@varnarmy · 1:51 AM · Mar 9, 2026 — #OperationKite Justice is done. Sada Vijay.\n\nArmy spokesman Colonel Ivo '
        'Brandt said the depot was destroyed.')

RALLY = ('Thousands rally for the council\n\nBy Rosa Imbert\n\nVARNO — Thousands rallied at Place de la Concorde on '
         'Sunday, two days after soldiers mutinied at Camp Orvan, a barracks on the edge of the capital.\n\n"Camp '
         'Orvan '
         'is under our control," a mutineer said in a video. Army chief General Paul Saro said Camp Orvan was calm and '
         'the Place de la Concorde rally was peaceful.')


def test_a_source_an_official_a_diplomat_or_a_journalist_with_no_name_is_no_actor_even_with_a_country() -> None:
    names = listed_names(DEPOT)
    assert not {"Western diplomat", "Kenyan defence source", "AFP journalist", "Ostrelian official"} & names
    assert {"Ivo Brandt", "Valdorian army"} <= names


def test_anyone_is_only_lower_case_words_a_nationality_a_region_or_an_agency_before_a_word_of_anyone() -> None:
    assert anonymous("a senior Kenyan defence source")
    assert anonymous("European diplomat") and anonymous("AFP journalist") and anonymous("the official")
    assert not anonymous("IEC official")  # the official of a named body
    assert not anonymous("Western Cape official")  # of a named province
    assert not anonymous("Tajik ambassador")  # an office one person holds
    assert not anonymous("Maria Source")  # a name


def test_a_role_in_lower_case_with_no_owner_and_no_holder_is_no_actor_the_named_people_stay() -> None:
    names = listed_names(GRAIN)
    assert "prime minister" not in names and "league's president" not in names
    assert {"Hella Strand", "Oskar Lind"} <= names


def test_a_chant_in_quotes_is_no_actor_the_councillor_and_the_water_board_stay() -> None:
    names = listed_names(WATER)
    assert "Tiyeni Pamodzi" not in names and "Water Now" not in names
    assert "Lirana Water Board" in names and any("Aldo Venkuru" in n for n in names)


def test_a_motto_in_a_quoted_post_and_in_the_embedded_post_is_no_actor() -> None:
    names = listed_names(POST)
    assert "Sada Vijay" not in names
    assert {"Ivo Brandt", "Varnian Army"} <= names


def test_a_camp_and_a_square_are_places_even_in_a_quote_the_general_stays() -> None:
    names = listed_names(RALLY)
    assert not any("Camp Orvan" in n or "Concorde" in n for n in names)
    assert "Paul Saro" in names


MUTINY = ('Mutineers read statement on state TV\n\nOUAGADOUGOU — Capitaine Rodrigue Kabré, who leads the mutineers, '
          'said '
          'on Monday that the camp was under control. "We want our pay," Capitaine Kabré said.\n\nLieutenant-colonel '
          'Aristide Somé, the army spokesman, said the mutiny had been contained.')
SURRENDER = ('Army says mutiny over\n\nOUAGADOUGOU — Rodrigue Kabré surrendered on Tuesday, army spokesman Lt. Col. '
             'Aristide Somé said. Kabré\'s lawyer, Me Issa Kabré, said his client had been beaten. "He is innocent," '
             'Me '
             'Kabré said.')


def test_french_ranks_and_a_lawyers_me_are_titles_two_kabres_stay_apart() -> None:
    found = listed_actors(MUTINY, SURRENDER)
    names = {n for a in found for n in (a.name, *a.aliases)}
    assert not any(n.startswith(("Capitaine ", "Me ", "Lieutenant-colonel ")) for n in names)
    assert apart(found, "Rodrigue Kabré", "Issa Kabré")
    assert together(found, "Rodrigue Kabré") and together(found, "Aristide Somé")


BASES = ("Missiles hit air bases\n\nVARNO — Ostrelia says its missiles hit Varnia's Amir Dost and Kelmar bases that "
         "morning, which Varnia confirmed. Varnian air force chief Marshal Teo Radan said the bases were working.\n\n"
         "Aid workers set up tents in the Lusaro and Bemba camps. Amir Halim, a farmer, said he had lost his home.")


def test_names_before_a_place_noun_in_the_plural_are_places_even_with_a_given_name_first_the_people_stay() -> None:
    names = listed_names(BASES)
    assert not any(n == "Amir Dost" or "Kelmar" in n or "Lusaro" in n for n in names)
    assert {"Teo Radan", "Amir Halim"} <= names


BRIEFING = ('Air force briefs media\n\nNEW DELHI — Air Marshal R.S. Chandel, the Director General of Air Operations, '
            'declined to give numbers. "All our pilots are back," he said. Lt Gen K.P. Malhotra, the Director '
            'General of Military Operations, said the army remained ready.\n\nThe Directorate of Public Relations '
            'said a briefing would follow.')


def test_the_field_of_a_directors_office_is_no_body_the_directorate_that_speaks_stays() -> None:
    names = listed_names(BRIEFING)
    assert not any(n.endswith(("Air Operations", "Military Operations")) for n in names)
    assert {"R.S. Chandel", "K.P. Malhotra", "Directorate of Public Relations"} <= names
