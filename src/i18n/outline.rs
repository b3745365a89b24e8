//! The folded card's line: "12 baris · Rp117.908 / pasang · belum diisi" (`model::explain::outline`).

use super::Lang;
use crate::format::{format_money, format_number};
use crate::model::base::packing::Mode;
use crate::model::explain::outline::{CardLine, Fact, Needs, Noun};
use rust_decimal::Decimal;

/// What the card holds, its result and what it still needs, joined by " · ".
pub fn line(l: &CardLine, lang: Lang) -> String {
    let style = lang.number_style();
    let id = lang == Lang::Id;
    let w = |i: &'static str, e: &'static str| if id { i } else { e };
    let n = |v: Decimal, dp: Option<u32>| format_number(v, style, dp);
    let mut parts: Vec<String> = l
        .facts
        .iter()
        .map(|f| match f {
            Fact::Name(s) | Fact::Number(s) => s.clone(),
            Fact::Pairs(p) => format!("{} {}", n(Decimal::from(*p), None), w("pasang", "pairs")),
            Fact::Count(c, noun) => {
                let word = match noun {
                    Noun::Lines => w("baris", "lines"),
                    Noun::Rates => w("kurs", "rates"),
                    Noun::Operations => w("operasi", "operations"),
                    Noun::PieceRates => w("tarif borongan", "piece rates"),
                    Noun::Costs => w("biaya", "costs"),
                    Noun::Sizes => w("ukuran", "sizes"),
                };
                format!("{c} {word}")
            }
            Fact::PerPair(m) => format!("{} / {}", format_money(*m, style), w("pasang", "pair")),
            Fact::Total(m) => format!("{} / {}", format_money(*m, style), w("kiriman", "shipment")),
            Fact::Rate { base, rate, quote } => format!("1 {base} = {} {quote}", n(*rate, None)),
            Fact::Term(term, place) => format!("{} {place}", term.code()).trim_end().to_string(),
            Fact::Currency(c) => c.code().to_string(),
            Fact::Mode(m) => match m {
                Mode::SeaFcl => "FCL",
                Mode::SeaLcl => "LCL",
                Mode::Air => w("Udara", "Air"),
            }
            .to_string(),
            Fact::Cartons(c) => format!("{} {}", n(Decimal::from(*c), None), w("karton", "cartons")),
            Fact::Cbm(v) => format!("{} m³", n(*v, Some(2))),
            Fact::Peak(m, day) => {
                format!("{} {} {} {day}", w("puncak", "peak"), format_money(*m, style), w("hari", "day"))
            }
            Fact::Keeps { direct, broker } => format!(
                "{} {} · broker {}",
                w("langsung", "direct"),
                format_money(*direct, style),
                format_money(*broker, style)
            ),
            Fact::Unused => w("tidak dipakai", "not used").into(),
            Fact::NoCashNeeded => w("tanpa modal sendiri", "no cash of your own needed").into(),
        })
        .collect();
    match l.needs {
        Needs::Nothing => {}
        Needs::Filling => parts.push(w("belum diisi", "to fill in").into()),
        Needs::Fixing => parts.push(w("perlu diperbaiki", "needs fixing").into()),
    }
    parts.join(" · ")
}
