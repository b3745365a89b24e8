//! The workshop's exercise mode: the coach picks which answers to hide, the class works them out,
//! and "show answers" reveals them. A teaching view only: it never changes the sheet.
//!
//! Which figure belongs to which answer is decided here, once (`Exercise::hides_fig`), so the
//! workshop tab, the projector, the price bar and the printed handout hide the same figures.

use crate::model::base::incoterms::Incoterm;
use crate::model::explain::trail::Fig;

/// An answer the coach can hide.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Answer {
    /// Cost of production per pair (HPP).
    Hpp,
    /// The ex-works (ex-factory) price, per pair and for the order; also the EXW term's price.
    ExWorks,
    /// The profit per pair: ex-works price − cost (what the markup or margin adds).
    Margin,
    /// The FOB price, for the shipment and per pair.
    Fob,
    /// The CIF price, for the shipment and per pair.
    Cif,
    /// The quoted unit price at the chosen term, whatever the term.
    UnitPrice,
    /// The order total: unit price × pairs.
    OrderTotal,
}

impl Answer {
    /// Every answer, in the order of the price's build-up.
    pub const ALL: [Answer; 7] =
        [Answer::Hpp, Answer::ExWorks, Answer::Margin, Answer::Fob, Answer::Cif, Answer::UnitPrice, Answer::OrderTotal];

    /// The answer a term's own price belongs to, when it has one of its own.
    pub fn of_term(term: Incoterm) -> Option<Answer> {
        match term {
            Incoterm::Exw => Some(Answer::ExWorks),
            Incoterm::Fob => Some(Answer::Fob),
            Incoterm::Cif => Some(Answer::Cif),
            _ => None,
        }
    }
}

/// What the coach asked to hide, and whether the answers are shown for now.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Exercise {
    /// In `Answer::ALL`'s order, each once.
    hidden: Vec<Answer>,
    revealed: bool,
}

/// A change to the exercise, as the coach makes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExerciseChange {
    /// Hide this answer (and hide every chosen answer again: a new question starts hidden).
    Hide(Answer),
    /// Stop hiding this answer.
    Show(Answer),
    /// "Tampilkan jawaban": show the hidden answers, keeping the choice.
    Reveal,
    /// "Sembunyikan lagi": hide them again.
    HideAgain,
    /// End the exercise: nothing hidden.
    Clear,
}

impl Exercise {
    /// An exercise hiding `answers` (duplicates and order do not matter).
    pub fn hiding(answers: &[Answer]) -> Exercise {
        Exercise { hidden: Answer::ALL.iter().copied().filter(|a| answers.contains(a)).collect(), revealed: false }
    }

    /// The answers the coach chose to hide, whether or not they are shown now.
    pub fn chosen(&self) -> &[Answer] {
        &self.hidden
    }

    /// Whether the coach chose to hide `a`.
    pub fn is_chosen(&self, a: Answer) -> bool {
        self.hidden.contains(&a)
    }

    /// Whether an exercise is on: some answer chosen.
    pub fn is_on(&self) -> bool {
        !self.hidden.is_empty()
    }

    /// Whether the chosen answers are shown for now.
    pub fn is_revealed(&self) -> bool {
        self.revealed
    }

    /// Whether `a` is hidden now.
    pub fn hides(&self, a: Answer) -> bool {
        !self.revealed && self.hidden.contains(&a)
    }

    /// Whether anything is hidden now.
    pub fn hides_any(&self) -> bool {
        !self.revealed && self.is_on()
    }

    /// Whether `term`'s price is hidden when `chosen` is the quoted term: its own answer (FOB,
    /// CIF, ex-works for EXW), or the quoted unit price's when it is the quoted term.
    pub fn hides_term(&self, term: Incoterm, chosen: Incoterm) -> bool {
        Answer::of_term(term).is_some_and(|a| self.hides(a)) || (term == chosen && self.hides(Answer::UnitPrice))
    }

    /// Whether figure `fig` of the formula trail is hidden now, `chosen` being the quoted term.
    /// The parts inside a term's price (insurance, freight…) and the costs that add up to the HPP
    /// stay shown: they are what the class works from.
    pub fn hides_fig(&self, fig: Fig, chosen: Incoterm) -> bool {
        match fig {
            Fig::Hpp => self.hides(Answer::Hpp),
            Fig::ExFactoryPerPair | Fig::ExFactoryTotal => self.hides(Answer::ExWorks),
            Fig::TermTotal(term) | Fig::UnitExact(term) => self.hides_term(term, chosen),
            Fig::UnitPrice => self.hides_term(chosen, chosen),
            Fig::OrderTotal => self.hides(Answer::OrderTotal),
            _ => false,
        }
    }

    /// The exercise as a handout prints it: with the answers (nothing hidden), or without (the
    /// chosen answers hidden, whether or not they are shown on screen now).
    pub fn for_print(&self, with_answers: bool) -> Exercise {
        if with_answers {
            Exercise::default()
        } else {
            Exercise { hidden: self.hidden.clone(), revealed: false }
        }
    }

    /// The exercise after `change`; `None` when it changes nothing.
    pub fn apply(&self, change: ExerciseChange) -> Option<Exercise> {
        let next = match change {
            ExerciseChange::Hide(a) => {
                let mut hidden = self.hidden.clone();
                hidden.push(a);
                Exercise::hiding(&hidden)
            }
            ExerciseChange::Show(a) => {
                let hidden: Vec<Answer> = self.hidden.iter().copied().filter(|&h| h != a).collect();
                // With nothing left to hide, there is nothing to reveal either.
                let revealed = self.revealed && !hidden.is_empty();
                Exercise { hidden, revealed }
            }
            ExerciseChange::Reveal => Exercise { hidden: self.hidden.clone(), revealed: self.is_on() },
            ExerciseChange::HideAgain => Exercise { hidden: self.hidden.clone(), revealed: false },
            ExerciseChange::Clear => Exercise::default(),
        };
        (next != *self).then_some(next)
    }
}
