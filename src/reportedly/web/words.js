// Plain words for the codes records carry, so that headings and labels read as English.

/** PLOVER event types (model.py's EventType) in plain words; OTHER is a disaster or an accident, or a news
 * conference or post (events/speech.py). */
export const EVENT_WORDS = {
  AGREE: "agreement", CONSULT: "talks", SUPPORT: "support", CONCEDE: "concession", COOPERATE: "cooperation",
  AID: "aid", RETREAT: "retreat", REQUEST: "request", ACCUSE: "accusation", REJECT: "rejection",
  THREATEN: "threat", PROTEST: "protest", SANCTION: "sanction", MOBILIZE: "mobilisation", COERCE: "coercion",
  ASSAULT: "attack or fighting", OTHER: "other event",
};

/** An event type in plain words ("ASSAULT" -> "attack or fighting"); an unknown code as it is, lowercased. */
export function eventWord(type) {
  return EVENT_WORDS[type] || String(type || "event").toLowerCase();
}

/** The least confidence of an event shown by default: below it an event was typed by the classifier alone,
 * off the event lexicon (`reportedly export --min-confidence 0.5` leaves the same out). */
export const SURE_EVENT = 0.5;
