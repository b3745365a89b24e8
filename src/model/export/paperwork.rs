//! Sample cost lines the user adds in one step and then replaces: Indonesian export paperwork
//! (the export declaration, PEB, through a customs broker, PPJK, and a certificate of origin,
//! SKA/COO, whose form follows the buyer's country: `Country::origin_form`), and an illustrative
//! line for every other stage a term needs (trucking to the port by distance band, the origin
//! terminal's handling and the B/L, the main freight, the destination's charges). Every sample is
//! marked `ExportCost::example`: the price counts it, but the quote is not sendable until the
//! user changes its amount or keeps it ("Pakai angka ini"). The amounts are illustrative
//! Surabaya (Tanjung Perak / Juanda) figures of 2026, not tariffs.
//!
//! Not lines by default, because only some orders have them, but one tap each (`Paper`):
//! fumigation of wooden pallets (ISPM 15, per container, at the port before loading: the origin
//! terminal's stage), a pre-shipment inspection the buyer asks for (the deal's own stage, under
//! every term), SNI certification (a one-off cost of the cost sheet, spread over the order).
//! Exports carry 0 % VAT (PPN) on the invoice, so no VAT is added to an export price; the VAT paid
//! on materials is reclaimable.

use crate::model::base::country::{Country, OriginForm};
use crate::model::base::currency::Currency;
use crate::model::base::incoterms::Stage;
use crate::model::base::packing::Mode;
use crate::model::sheet::document::{Basis, ExportCost, OneOffCost};
use rust_decimal::Decimal;

/// A sample line (id 0: the edit gives it), marked as an example to replace.
fn sample(
    stage: Stage,
    name: String,
    basis: Basis,
    amount: i64,
    currency: Currency,
    minimum: Option<i64>,
) -> ExportCost {
    ExportCost {
        id: 0,
        stage,
        name,
        basis,
        amount: Decimal::from(amount),
        currency,
        minimum: minimum.map(Decimal::from),
        example: true,
    }
}

/// The export papers: the PEB through a PPJK, and the certificate of origin of the buyer's
/// country (every form named while no country is chosen).
pub fn lines(destination: Option<Country>) -> [ExportCost; 2] {
    let per_shipment =
        |name: String, amount| sample(Stage::ExportClearance, name, Basis::PerShipment, amount, Currency::IDR, None);
    let ska = match destination.map(Country::origin_form) {
        Some(OriginForm::NonPreferential) => "SKA/COO non-preferensi (bila diminta pembeli)".to_string(),
        Some(form) => format!("SKA/COO {} ({})", form.name(), destination.map_or("", Country::code)),
        None => {
            "SKA/COO (form AK/IK-CEPA Korea · IJEPA Jepang · IC-CEPA Chile · form D ASEAN · form E Tiongkok)".into()
        }
    };
    [per_shipment("PEB melalui PPJK".into(), 1_500_000), per_shipment(ska, 250_000)]
}

/// How far the workshop is from the port (or the airport): the trucking sample's band.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Distance {
    /// Up to 50 km (Mojokerto, Sidoarjo, Gresik → Tanjung Perak).
    Near,
    /// 50 to 150 km (Jombang, Pasuruan, Malang).
    Middle,
    /// Over 150 km.
    Far,
}

impl Distance {
    pub const ALL: [Distance; 3] = [Distance::Near, Distance::Middle, Distance::Far];

    /// The band as it is written on the line: "≤ 50 km".
    pub fn label(self) -> &'static str {
        match self {
            Distance::Near => "≤ 50 km",
            Distance::Middle => "50–150 km",
            Distance::Far => "> 150 km",
        }
    }
}

/// Illustrative lines for `stage` under the transport `mode` (trucking by `distance`), for the
/// user to replace with a forwarder's quote. The export papers are `lines`; the deal's own
/// costs have no sample (no term needs them).
pub fn samples(stage: Stage, mode: Mode, distance: Distance, destination: Option<Country>) -> Vec<ExportCost> {
    let fcl = mode == Mode::SeaFcl;
    let idr = Currency::IDR;
    let usd = Currency::USD;
    match stage {
        Stage::ExportClearance => lines(destination).to_vec(),
        Stage::InlandHaulage => {
            let band = distance.label();
            if fcl {
                let amount = match distance {
                    Distance::Near => 3_000_000,
                    Distance::Middle => 4_500_000,
                    Distance::Far => 7_000_000,
                };
                vec![sample(
                    stage,
                    format!("Truk kontainer ke pelabuhan ({band})"),
                    Basis::PerContainer,
                    amount,
                    idr,
                    None,
                )]
            } else {
                let amount = match distance {
                    Distance::Near => 1_200_000,
                    Distance::Middle => 2_000_000,
                    Distance::Far => 3_500_000,
                };
                let to = if mode == Mode::Air { "bandara" } else { "gudang CFS" };
                vec![sample(stage, format!("Truk ke {to} ({band})"), Basis::PerShipment, amount, idr, None)]
            }
        }
        Stage::OriginTerminal => {
            let handling = match mode {
                Mode::SeaFcl => {
                    sample(stage, "THC asal per kontainer".into(), Basis::PerContainer, 2_000_000, idr, None)
                }
                Mode::SeaLcl => {
                    sample(stage, "CFS & THC asal per m³".into(), Basis::PerCbm, 250_000, idr, Some(250_000))
                }
                Mode::Air => {
                    sample(stage, "Gudang bandara per kg".into(), Basis::PerChargeableKg, 1_500, idr, Some(300_000))
                }
            };
            let papers = if mode == Mode::Air { "AWB & dokumen" } else { "B/L & dokumen" };
            vec![handling, sample(stage, papers.into(), Basis::PerShipment, 750_000, idr, None)]
        }
        Stage::MainCarriage => vec![match mode {
            Mode::SeaFcl => sample(stage, "Ongkos laut per kontainer".into(), Basis::PerContainer, 1_000, usd, None),
            Mode::SeaLcl => {
                sample(stage, "Ongkos laut LCL per ton muatan".into(), Basis::PerRevenueTon, 60, usd, Some(60))
            }
            Mode::Air => sample(stage, "Ongkos udara per kg".into(), Basis::PerChargeableKg, 5, usd, Some(75)),
        }],
        Stage::DestinationCharges => vec![if fcl {
            sample(stage, "Biaya terminal tujuan per kontainer".into(), Basis::PerContainer, 250, usd, None)
        } else {
            sample(stage, "Biaya terminal tujuan".into(), Basis::PerShipment, 150, usd, None)
        }],
        Stage::Unloading => vec![sample(stage, "Bongkar di tujuan".into(), Basis::PerShipment, 100, usd, None)],
        Stage::ImportClearance => {
            vec![sample(stage, "Jasa kepabeanan impor".into(), Basis::PerShipment, 150, usd, None)]
        }
        Stage::Deal => Vec::new(),
    }
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

/// The edit that adds the export papers (`lines`) for the buyer's country.
pub fn add_defaults(destination: Option<Country>) -> crate::model::sheet::edit::Edit {
    crate::model::sheet::edit::Edit::AddLines(lines(destination).to_vec(), Vec::new())
}

/// The line a `Paper` adds.
pub fn line(p: Paper) -> PaperLine {
    let export = |stage, name: &str, basis, amount: i64, currency| {
        PaperLine::Export(sample(stage, name.into(), basis, amount, currency, None))
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
