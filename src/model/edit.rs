//! Edits: every change the editor can make to a `Document`, as data, applied by one pure function.
//!
//! The Yew reducer wraps `Document::apply`; tests drive it directly. `apply` returns whether
//! anything changed so a no-op edit costs no re-render.

use crate::model::currency::Currency;
use crate::model::document::{
    Document, LabourMethod, MaterialLine, OneOffCost, Operation, OverheadMethod, PiecePer, PieceRate, Section,
};
use crate::model::fx::ExchangeRate;
use crate::model::units::Unit;
use rust_decimal::Decimal;

/// Which way to move a line within its list (materials move within their section).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Up,
    Down,
}

#[derive(Clone, Debug, PartialEq)]
pub enum MaterialField {
    Section(Section),
    Name(String),
    Unit(Unit),
    NetConsumption(Decimal),
    WastePct(Decimal),
    UnitPrice(Decimal),
    PriceUnit(Unit),
    Currency(Currency),
}

#[derive(Clone, Debug, PartialEq)]
pub enum RateField {
    Base(Currency),
    Quote(Currency),
    Rate(Decimal),
    Date(String),
    Source(String),
}

#[derive(Clone, Debug, PartialEq)]
pub enum ArticleField {
    Name(String),
    Code(String),
    HsCode(String),
    CostingCurrency(Currency),
    OrderPairs(u32),
    DisplayCurrency(Currency),
}

#[derive(Clone, Debug, PartialEq)]
pub enum LabourField {
    Method(LabourMethod),
    MonthlyWage(Decimal),
    WorkingDays(Decimal),
    MinutesPerDay(Decimal),
    EfficiencyPct(Decimal),
}

#[derive(Clone, Debug, PartialEq)]
pub enum OperationField {
    Name(String),
    StandardMinutes(Decimal),
}

#[derive(Clone, Debug, PartialEq)]
pub enum PieceRateField {
    Name(String),
    Rate(Decimal),
    Per(PiecePer),
}

#[derive(Clone, Debug, PartialEq)]
pub enum OverheadField {
    Method(OverheadMethod),
    MonthlyOverhead(Decimal),
    MonthlyOutputPairs(Decimal),
    PercentOfPrime(Decimal),
}

#[derive(Clone, Debug, PartialEq)]
pub enum OneOffField {
    Name(String),
    Amount(Decimal),
    Currency(Currency),
}

/// The lists whose lines can be added, removed, duplicated and moved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    /// A material line in the given section.
    Material(Section),
    Rate,
    Operation,
    PieceRate,
    OneOff,
}

/// One change to the document.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Replace the whole document (new sheet, example, opened file).
    Replace(Box<Document>),
    Article(ArticleField),
    Add(List),
    /// Remove the line with this id from whichever list holds it.
    Remove(u32),
    /// Insert a copy of the line right after it.
    Duplicate(u32),
    Move(u32, Move),
    Material(u32, MaterialField),
    Rate(u32, RateField),
    Labour(LabourField),
    Operation(u32, OperationField),
    PieceRate(u32, PieceRateField),
    Overhead(OverheadField),
    OneOff(u32, OneOffField),
}

fn set<T: PartialEq>(slot: &mut T, value: T) -> bool {
    if *slot == value {
        false
    } else {
        *slot = value;
        true
    }
}

fn find<T>(list: &mut [T], id: u32, id_of: impl Fn(&T) -> u32) -> Option<&mut T> {
    list.iter_mut().find(|x| id_of(x) == id)
}

fn remove<T>(list: &mut Vec<T>, id: u32, id_of: impl Fn(&T) -> u32) -> bool {
    let before = list.len();
    list.retain(|x| id_of(x) != id);
    list.len() != before
}

fn duplicate<T: Clone>(
    list: &mut Vec<T>,
    id: u32,
    new_id: u32,
    id_of: impl Fn(&T) -> u32,
    set_id: impl Fn(&mut T, u32),
) -> bool {
    match list.iter().position(|x| id_of(x) == id) {
        Some(i) => {
            let mut copy = list[i].clone();
            set_id(&mut copy, new_id);
            list.insert(i + 1, copy);
            true
        }
        None => false,
    }
}

/// Swaps the item with `id` with its neighbour in `dir` among the items `same_group` accepts.
fn move_in<T>(
    list: &mut [T],
    id: u32,
    dir: Move,
    id_of: impl Fn(&T) -> u32,
    same_group: impl Fn(&T, &T) -> bool,
) -> bool {
    let Some(i) = list.iter().position(|x| id_of(x) == id) else { return false };
    let neighbour = match dir {
        Move::Up => (0..i).rev().find(|&j| same_group(&list[j], &list[i])),
        Move::Down => (i + 1..list.len()).find(|&j| same_group(&list[j], &list[i])),
    };
    match neighbour {
        Some(j) => {
            list.swap(i, j);
            true
        }
        None => false,
    }
}

impl Document {
    /// Applies one edit; returns whether the document changed.
    pub fn apply(&mut self, edit: Edit) -> bool {
        let new_id = self.next_id();
        let cur = self.article.costing_currency;
        match edit {
            Edit::Replace(doc) => set(self, *doc),
            Edit::Article(f) => match f {
                ArticleField::Name(v) => set(&mut self.article.name, v),
                ArticleField::Code(v) => set(&mut self.article.code, v),
                ArticleField::HsCode(v) => set(&mut self.article.hs_code, v),
                ArticleField::CostingCurrency(v) => set(&mut self.article.costing_currency, v),
                ArticleField::OrderPairs(v) => set(&mut self.article.order_pairs, v),
                ArticleField::DisplayCurrency(v) => set(&mut self.display_currency, v),
            },
            Edit::Add(list) => {
                match list {
                    List::Material(section) => {
                        // New lines go after the last line of their section, so sections stay together.
                        let at = self
                            .materials
                            .iter()
                            .rposition(|m| m.section == section)
                            .map_or(self.materials.len(), |i| i + 1);
                        self.materials.insert(
                            at,
                            MaterialLine {
                                id: new_id,
                                section,
                                name: String::new(),
                                unit: Unit::Piece,
                                net_consumption: Decimal::ZERO,
                                waste_pct: Decimal::ZERO,
                                unit_price: Decimal::ZERO,
                                price_unit: Unit::Piece,
                                currency: cur,
                                grading_pct: None,
                            },
                        );
                    }
                    List::Rate => {
                        // A new rate proposes the first foreign currency the sheet uses without one.
                        let base = self
                            .materials
                            .iter()
                            .map(|m| m.currency)
                            .chain(self.one_off.iter().map(|c| c.currency))
                            .chain([self.display_currency])
                            .find(|&c| c != cur && crate::model::fx::find_rate(&self.fx, c, cur).is_err())
                            .unwrap_or(Currency::USD);
                        self.fx.push(ExchangeRate {
                            id: new_id,
                            base,
                            quote: cur,
                            rate: Decimal::ZERO,
                            date: String::new(),
                            source: String::new(),
                        });
                    }
                    List::Operation => self.labour.operations.push(Operation {
                        id: new_id,
                        name: String::new(),
                        standard_minutes: Decimal::ZERO,
                    }),
                    List::PieceRate => self.labour.piece_rates.push(PieceRate {
                        id: new_id,
                        name: String::new(),
                        rate: Decimal::ZERO,
                        per: PiecePer::Pair,
                    }),
                    List::OneOff => self.one_off.push(OneOffCost {
                        id: new_id,
                        name: String::new(),
                        amount: Decimal::ZERO,
                        currency: cur,
                    }),
                }
                true
            }
            Edit::Remove(id) => {
                remove(&mut self.materials, id, |m| m.id)
                    || remove(&mut self.fx, id, |r| r.id)
                    || remove(&mut self.labour.operations, id, |o| o.id)
                    || remove(&mut self.labour.piece_rates, id, |p| p.id)
                    || remove(&mut self.one_off, id, |c| c.id)
            }
            Edit::Duplicate(id) => {
                duplicate(&mut self.materials, id, new_id, |m| m.id, |m, i| m.id = i)
                    || duplicate(&mut self.fx, id, new_id, |r| r.id, |r, i| r.id = i)
                    || duplicate(&mut self.labour.operations, id, new_id, |o| o.id, |o, i| o.id = i)
                    || duplicate(&mut self.labour.piece_rates, id, new_id, |p| p.id, |p, i| p.id = i)
                    || duplicate(&mut self.one_off, id, new_id, |c| c.id, |c, i| c.id = i)
            }
            Edit::Move(id, dir) => {
                move_in(&mut self.materials, id, dir, |m| m.id, |a, b| a.section == b.section)
                    || move_in(&mut self.fx, id, dir, |r| r.id, |_, _| true)
                    || move_in(&mut self.labour.operations, id, dir, |o| o.id, |_, _| true)
                    || move_in(&mut self.labour.piece_rates, id, dir, |p| p.id, |_, _| true)
                    || move_in(&mut self.one_off, id, dir, |c| c.id, |_, _| true)
            }
            Edit::Material(id, f) => {
                let Some(m) = find(&mut self.materials, id, |m| m.id) else { return false };
                match f {
                    MaterialField::Section(v) => {
                        if m.section == v {
                            return false;
                        }
                        // Changing section moves the line to the end of its new section.
                        let mut line = m.clone();
                        line.section = v;
                        self.materials.retain(|x| x.id != id);
                        let at =
                            self.materials.iter().rposition(|x| x.section == v).map_or(self.materials.len(), |i| i + 1);
                        self.materials.insert(at, line);
                        true
                    }
                    MaterialField::Name(v) => set(&mut m.name, v),
                    MaterialField::Unit(v) => {
                        // A unit change carries the price unit along unless it was set apart on purpose.
                        if m.price_unit == m.unit {
                            m.price_unit = v;
                        }
                        set(&mut m.unit, v)
                    }
                    MaterialField::NetConsumption(v) => set(&mut m.net_consumption, v),
                    MaterialField::WastePct(v) => set(&mut m.waste_pct, v),
                    MaterialField::UnitPrice(v) => set(&mut m.unit_price, v),
                    MaterialField::PriceUnit(v) => set(&mut m.price_unit, v),
                    MaterialField::Currency(v) => set(&mut m.currency, v),
                }
            }
            Edit::Rate(id, f) => {
                let Some(r) = find(&mut self.fx, id, |r| r.id) else { return false };
                match f {
                    RateField::Base(v) => set(&mut r.base, v),
                    RateField::Quote(v) => set(&mut r.quote, v),
                    RateField::Rate(v) => set(&mut r.rate, v),
                    RateField::Date(v) => set(&mut r.date, v),
                    RateField::Source(v) => set(&mut r.source, v),
                }
            }
            Edit::Labour(f) => {
                let l = &mut self.labour;
                match f {
                    LabourField::Method(v) => set(&mut l.method, v),
                    LabourField::MonthlyWage(v) => set(&mut l.wage.monthly_wage, v),
                    LabourField::WorkingDays(v) => set(&mut l.wage.working_days, v),
                    LabourField::MinutesPerDay(v) => set(&mut l.wage.minutes_per_day, v),
                    LabourField::EfficiencyPct(v) => set(&mut l.wage.efficiency_pct, v),
                }
            }
            Edit::Operation(id, f) => {
                let Some(o) = find(&mut self.labour.operations, id, |o| o.id) else { return false };
                match f {
                    OperationField::Name(v) => set(&mut o.name, v),
                    OperationField::StandardMinutes(v) => set(&mut o.standard_minutes, v),
                }
            }
            Edit::PieceRate(id, f) => {
                let Some(p) = find(&mut self.labour.piece_rates, id, |p| p.id) else { return false };
                match f {
                    PieceRateField::Name(v) => set(&mut p.name, v),
                    PieceRateField::Rate(v) => set(&mut p.rate, v),
                    PieceRateField::Per(v) => set(&mut p.per, v),
                }
            }
            Edit::Overhead(f) => {
                let o = &mut self.overhead;
                match f {
                    OverheadField::Method(v) => set(&mut o.method, v),
                    OverheadField::MonthlyOverhead(v) => set(&mut o.monthly_overhead, v),
                    OverheadField::MonthlyOutputPairs(v) => set(&mut o.monthly_output_pairs, v),
                    OverheadField::PercentOfPrime(v) => set(&mut o.percent_of_prime, v),
                }
            }
            Edit::OneOff(id, f) => {
                let Some(c) = find(&mut self.one_off, id, |c| c.id) else { return false };
                match f {
                    OneOffField::Name(v) => set(&mut c.name, v),
                    OneOffField::Amount(v) => set(&mut c.amount, v),
                    OneOffField::Currency(v) => set(&mut c.currency, v),
                }
            }
        }
    }
}
