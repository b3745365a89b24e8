//! Indonesian export paperwork as cost lines the user can add in one step and then change: the
//! export declaration (PEB) through a customs broker (PPJK) and a certificate of origin (SKA/COO),
//! both under export clearance, per shipment. The amounts are the worked examples' illustrative
//! figures, not tariffs: the form of the certificate depends on the destination (form AK or
//! IK-CEPA for Korea, IJEPA for Japan, form D within ASEAN, form E for China), which the line's
//! name says for the user to keep one.
//!
//! Not lines by default, because only some orders have them, but one tap each (`Paper`):
//! fumigation of wooden pallets (ISPM 15, per container, at the port before loading: the origin
//! terminal's stage), a pre-shipment inspection the buyer asks for (the deal's own stage, under
//! every term), SNI certification (a one-off cost of the cost sheet, spread over the order).
//! Exports carry 0 % VAT (PPN) on the invoice, so no VAT is added to an export price; the VAT paid
//! on materials is reclaimable.

use crate::model::base::currency::Currency;
use crate::model::base::incoterms::Stage;
use crate::model::sheet::document::{Basis, ExportCost, OneOffCost};
use rust_decimal::Decimal;

/// The default lines, without ids (the edit gives them).
pub fn lines() -> [ExportCost; 2] {
    let line = |name: &str, amount: i64| ExportCost {
        id: 0,
        stage: Stage::ExportClearance,
        name: name.into(),
        basis: Basis::PerShipment,
        amount: Decimal::from(amount),
        currency: Currency::IDR,
        minimum: None,
    };
    [
        line("PEB melalui PPJK", 1_500_000),
        line("SKA/COO (form AK/IK-CEPA Korea · IJEPA Jepang · form D ASEAN · form E Tiongkok)", 250_000),
    ]
}

/// Paperwork only some orders have, added one at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paper {
    /// Fumigation of wooden pallets (ISPM 15), per container, origin terminal.
    Fumigation,
    /// A pre-shipment inspection the buyer asks for, per shipment, the deal's own stage.
    Inspection,
    /// SNI certification (SPPT-SNI), a one-off cost spread over the order.
    Sni,
}

impl Paper {
    pub const ALL: [Paper; 3] = [Paper::Fumigation, Paper::Inspection, Paper::Sni];
}

/// What a `Paper` adds: an export cost line, or a one-off cost (ids 0; the edit gives them). The
/// amounts are illustrative, for the user to replace with a quote.
pub enum PaperLine {
    Export(ExportCost),
    OneOff(OneOffCost),
}

impl PaperLine {
    /// The edit that adds it (`Edit::AddLines`; a second tap adds nothing).
    pub fn edit(self) -> crate::model::sheet::edit::Edit {
        match self {
            PaperLine::Export(line) => crate::model::sheet::edit::Edit::AddLines(vec![line], Vec::new()),
            PaperLine::OneOff(cost) => crate::model::sheet::edit::Edit::AddLines(Vec::new(), vec![cost]),
        }
    }
}

/// The edit that adds the default lines (`lines`).
pub fn add_defaults() -> crate::model::sheet::edit::Edit {
    crate::model::sheet::edit::Edit::AddLines(lines().to_vec(), Vec::new())
}

/// The line a `Paper` adds.
pub fn line(p: Paper) -> PaperLine {
    let export = |stage, name: &str, basis, amount: i64, currency| {
        PaperLine::Export(ExportCost {
            id: 0,
            stage,
            name: name.into(),
            basis,
            amount: Decimal::from(amount),
            currency,
            minimum: None,
        })
    };
    match p {
        Paper::Fumigation => {
            export(Stage::OriginTerminal, "Fumigasi palet kayu (ISPM 15)", Basis::PerContainer, 600_000, Currency::IDR)
        }
        Paper::Inspection => {
            export(Stage::Deal, "Inspeksi pra-pengapalan (permintaan pembeli)", Basis::PerShipment, 300, Currency::USD)
        }
        Paper::Sni => PaperLine::OneOff(OneOffCost {
            id: 0,
            name: "Sertifikasi SNI (SPPT-SNI)".into(),
            amount: Decimal::from(25_000_000),
            currency: Currency::IDR,
        }),
    }
}
