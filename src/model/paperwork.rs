//! Indonesian export paperwork as cost lines the user can add in one step and then change: the
//! export declaration (PEB) through a customs broker (PPJK) and a certificate of origin (SKA/COO),
//! both under export clearance, per shipment. The amounts are the worked examples' illustrative
//! figures, not tariffs: the form of the certificate depends on the destination (form AK or
//! IK-CEPA for Korea, IJEPA for Japan, form D within ASEAN, form E for China), which the line's
//! name says for the user to keep one.
//!
//! Not lines by default, because only some orders have them: fumigation (wooden pallets) and
//! pre-shipment inspection (the deal's own stage, when the buyer asks), SNI certification (a
//! one-off cost of the cost sheet, spread over the order). Exports carry 0 % VAT (PPN) on the
//! invoice, so no VAT is added to an export price; the VAT paid on materials is reclaimable.

use crate::model::currency::Currency;
use crate::model::document::{Basis, ExportCost};
use crate::model::incoterms::Stage;
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
