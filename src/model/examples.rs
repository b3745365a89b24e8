//! Built-in example sheets. Figures are illustrative (realistic for a Mojokerto workshop in
//! 2025), not market data; every one can be edited once opened.

use crate::model::currency::Currency;
use crate::model::document::*;
use crate::model::fx::ExchangeRate;
use crate::model::incoterms::{Incoterm, Stage};
use crate::model::packing::Shipping;
use crate::model::pricing::{Profit, ProfitBasis};
use crate::model::sizes::{Assortment, Size, SizeRun};
use crate::model::units::Unit;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

#[allow(clippy::too_many_arguments)]
fn line(
    id: u32,
    section: Section,
    name: &str,
    unit: Unit,
    net: Decimal,
    waste: Decimal,
    price: Decimal,
    price_unit: Unit,
    currency: Currency,
) -> MaterialLine {
    MaterialLine {
        id,
        section,
        name: name.into(),
        unit,
        net_consumption: net,
        waste_pct: waste,
        unit_price: price,
        price_unit,
        currency,
        grading_pct: None,
    }
}

fn op(id: u32, name: &str, minutes: Decimal) -> Operation {
    Operation { id, name: name.into(), standard_minutes: minutes }
}

fn size(id: u32, label: &str, foot_mm: u32, quantity: u32) -> Size {
    Size { id, label: label.into(), foot_mm: Decimal::from(foot_mm), quantity }
}

fn export(id: u32, stage: Stage, name: &str, basis: Basis, amount: Decimal, currency: Currency) -> ExportCost {
    ExportCost { id, stage, name: name.into(), basis, amount, currency }
}

/// A casual leather sneaker for a buyer in Busan: 3,250 pairs, imported microfiber (USD) and
/// rubber outsoles (CNY), labour by standard minutes, overhead per month, lasts and a mould;
/// sizes 38–44 (symmetric around the base 41, so the average equals the base-size cost), one
/// 20' container, FOB Tanjung Perak in USD with a 1 % FX buffer.
pub fn sneaker_busan() -> Document {
    use Section::*;
    use Unit::*;
    let idr = Currency::IDR;
    Document {
        schema: SCHEMA_VERSION,
        article: Article {
            name: "Sneaker kasual kulit (contoh)".into(),
            code: "TPK-SN01".into(),
            hs_code: "6403.99".into(),
            costing_currency: idr,
            order_pairs: 3250,
        },
        fx: vec![
            ExchangeRate {
                id: 1,
                base: Currency::USD,
                quote: idr,
                rate: dec!(16244),
                date: "2025-07-29".into(),
                source: "JISDOR".into(),
            },
            ExchangeRate {
                id: 2,
                base: Currency::CNY,
                quote: idr,
                rate: dec!(2265),
                date: "2025-07-29".into(),
                source: "Kurs transaksi BI".into(),
            },
            ExchangeRate {
                id: 3,
                base: Currency::KRW,
                quote: idr,
                rate: dec!(11.75),
                date: "2025-07-29".into(),
                source: "Kurs transaksi BI".into(),
            },
        ],
        materials: vec![
            line(10, Upper, "Kulit sapi atasan", SqFt, dec!(1.6), dec!(8), dec!(38000), SqFt, idr),
            line(11, Upper, "Mikrofiber PU (impor)", Metre, dec!(0.12), dec!(10), dec!(4.20), Metre, Currency::USD),
            line(12, Lining, "Kain lapis (lining)", Metre, dec!(0.15), dec!(8), dec!(22000), Metre, idr),
            line(13, Reinforcement, "Toe puff termoplastik", Pair, dec!(1), dec!(3), dec!(1800), Pair, idr),
            line(14, Reinforcement, "Counter", Pair, dec!(1), dec!(3), dec!(2200), Pair, idr),
            line(15, Bottom, "Sol karet (impor)", Pair, dec!(1), dec!(2), dec!(9.50), Pair, Currency::CNY),
            line(16, Bottom, "Insole EVA", Pair, dec!(1), dec!(2), dec!(4500), Pair, idr),
            line(17, Accessories, "Tali sepatu", Pair, dec!(1), dec!(0), dec!(1200), Pair, idr),
            line(18, Accessories, "Mata ayam (eyelet)", Piece, dec!(16), dec!(2), dec!(14400), Gross, idr),
            line(19, Accessories, "Benang jahit", Cone, dec!(0.02), dec!(5), dec!(18000), Cone, idr),
            line(20, Accessories, "Lem PU", Kg, dec!(0.025), dec!(5), dec!(65000), Kg, idr),
            line(21, Packaging, "Kotak dalam (inner box)", Piece, dec!(1), dec!(0), dec!(3500), Piece, idr),
            line(22, Packaging, "Tisu dan silica gel", Piece, dec!(1), dec!(0), dec!(600), Piece, idr),
        ],
        labour: Labour {
            method: LabourMethod::Operations,
            wage: WageBasis {
                monthly_wage: dec!(4800000),
                working_days: dec!(25),
                minutes_per_day: dec!(420),
                efficiency_pct: dec!(80),
            },
            operations: vec![
                op(30, "Potong (cutting)", dec!(4)),
                op(31, "Seset (skiving)", dec!(2)),
                op(32, "Jahit atasan (closing)", dec!(18)),
                op(33, "Oven dan lasting", dec!(8)),
                op(34, "Pasang sol (cementing, press)", dec!(9)),
                op(35, "Finishing", dec!(4)),
                op(36, "QC dan kemas", dec!(3)),
            ],
            piece_rates: vec![PieceRate {
                id: 40,
                name: "Jahit atasan (borongan)".into(),
                rate: dec!(50000),
                per: PiecePer::Kodi,
            }],
        },
        overhead: Overhead {
            method: OverheadMethod::PerMonth,
            monthly_overhead: dec!(45000000),
            monthly_output_pairs: dec!(6000),
            percent_of_prime: dec!(15),
        },
        one_off: vec![
            OneOffCost { id: 50, name: "Acuan (lasts), 8 ukuran".into(), amount: dec!(12000000), currency: idr },
            OneOffCost { id: 51, name: "Cetakan sol (mould)".into(), amount: dec!(8000), currency: Currency::CNY },
            OneOffCost { id: 52, name: "Sampel untuk pembeli".into(), amount: dec!(1500000), currency: idr },
        ],
        display_currency: Currency::USD,
        sizes: SizeRun {
            sizes: vec![
                size(60, "38", 240, 150),
                size(61, "39", 245, 400),
                size(62, "40", 250, 650),
                size(63, "41", 255, 850),
                size(64, "42", 260, 650),
                size(65, "43", 265, 400),
                size(66, "44", 270, 150),
            ],
            base_size: Some(63),
            assortment: Assortment::PairsPerSize,
            ..SizeRun::default()
        },
        shipping: Shipping::default(),
        export_costs: vec![
            export(70, Stage::ExportClearance, "PEB dan PPJK", Basis::PerShipment, dec!(1500000), idr),
            export(71, Stage::ExportClearance, "SKA form AK (ASEAN–Korea)", Basis::PerShipment, dec!(250000), idr),
            export(72, Stage::InlandHaulage, "Truk Mojokerto → Tanjung Perak", Basis::PerContainer, dec!(3500000), idr),
            export(73, Stage::OriginTerminal, "THC Tanjung Perak", Basis::PerContainer, dec!(1950000), idr),
            export(74, Stage::OriginTerminal, "B/L dan dokumen", Basis::PerShipment, dec!(75), Currency::USD),
            export(
                75,
                Stage::MainCarriage,
                "Ocean freight Surabaya → Busan",
                Basis::PerContainer,
                dec!(900),
                Currency::USD,
            ),
            export(
                76,
                Stage::DestinationCharges,
                "DTHC dan D/O Busan",
                Basis::PerContainer,
                dec!(350000),
                Currency::KRW,
            ),
        ],
        terms: SalesTerms {
            profit: Profit { basis: ProfitBasis::MarkupOnCost, pct: dec!(12) },
            insurance_rate_pct: Some(dec!(0.3)),
            incoterm: Incoterm::Fob,
            shipment_place: "Tanjung Perak, Surabaya".into(),
            destination_place: "Busan".into(),
            quote_currency: Currency::USD,
            fx_buffer_pct: dec!(1),
            tiers: vec![2000, 5000],
            moq: 1000,
            ..SalesTerms::default()
        },
        quote: QuoteDetails {
            number: "Q-2025-031".into(),
            date: "2025-07-29".into(),
            validity_days: 30,
            exporter: Party {
                name: "CV Contoh Alas Kaki Mojokerto".into(),
                address: "Jl. Contoh No. 1, Mojokerto, Jawa Timur, Indonesia".into(),
                contact: "+62 812 0000 0000 · sales@contoh.example".into(),
            },
            buyer: Party {
                name: "Busan Footwear Trading Co. (contoh)".into(),
                address: "Busan, Republic of Korea".into(),
                contact: String::new(),
            },
            port_of_loading: "Tanjung Perak, Surabaya".into(),
            payment_terms: "T/T 30% deposit, balance before shipment".into(),
            lead_time: "45 days after deposit and sample approval".into(),
            bank_details: "Bank Contoh · a/c 000-000-0000 · SWIFT CONTIDJA".into(),
            notes: "Illustrative example prepared with Tapak.".into(),
        },
    }
}
