//! Built-in example sheets. Figures are illustrative (realistic for a Mojokerto workshop in
//! 2025), not market data; every one can be edited once opened.

use crate::model::base::currency::Currency;
use crate::model::base::fx::ExchangeRate;
use crate::model::base::incoterms::{Incoterm, Stage};
use crate::model::base::packing::Shipping;
use crate::model::base::pricing::{Profit, ProfitBasis};
use crate::model::base::sizes::{Assortment, Size, SizeRun};
use crate::model::base::units::Unit;
use crate::model::sheet::document::*;
use crate::model::sheet::phrases::{Lead, LeadKind, Payment, PaymentKind, Remark};
use crate::model::sheet::plans::{BalanceWhen, BrokerDeal, BrokerPays, CashPlan};
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
        buyer_supplied: false,
    }
}

/// An operation, tagged with its making step (so a workshop taking the step over replaces it).
fn op(id: u32, name: &str, minutes: Decimal, step: MakingStep) -> Operation {
    Operation { id, name: name.into(), standard_minutes: minutes, step: Some(step) }
}

fn size(id: u32, label: &str, foot_mm: u32, quantity: u32) -> Size {
    Size { id, label: label.into(), foot_mm: Decimal::from(foot_mm), quantity }
}

fn export(id: u32, stage: Stage, name: &str, basis: Basis, amount: Decimal, currency: Currency) -> ExportCost {
    ExportCost { id, stage, name: name.into(), basis, amount, currency, minimum: None, example: false }
}

/// The article codes of the built-in examples, in `ExampleId::ALL` order. A sheet that still
/// carries one is an example or a copy of one: its figures are illustrative, and the cost tab says
/// so (on the user's own sheets it does not).
pub const CODES: [&str; 5] = ["TPK-SN01", "TPK-SF07", "TPK-SD12", "TPK-SN01-K", "TPK-SN01-CMT"];

/// Whether `doc` is one of the built-in examples (or a copy that kept its article code).
pub fn is_example(doc: &Document) -> bool {
    CODES.contains(&doc.article.code.trim())
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
            code: CODES[0].into(),
            hs_code: "6403.99".into(),
            costing_currency: idr,
            order_pairs: 3250,
            shared_pairs: 0,
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
                op(30, "Potong (cutting)", dec!(4), MakingStep::Cutting),
                op(31, "Seset (skiving)", dec!(2), MakingStep::Cutting),
                op(32, "Jahit atasan (closing)", dec!(18), MakingStep::Closing),
                op(33, "Oven dan lasting", dec!(8), MakingStep::Lasting),
                op(34, "Pasang sol (cementing, press)", dec!(9), MakingStep::Lasting),
                op(35, "Finishing", dec!(4), MakingStep::Finishing),
                op(36, "QC dan kemas", dec!(3), MakingStep::Finishing),
            ],
            piece_rates: vec![PieceRate {
                id: 40,
                name: "Jahit atasan (borongan)".into(),
                rate: dec!(50000),
                per: PiecePer::Kodi,
                step: Some(MakingStep::Closing),
            }],
            bought: Vec::new(),
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
            insurance_rate_a_pct: Some(dec!(0.45)),
            min_premium: None,
            import_fee: None,
            incoterm: Incoterm::Fob,
            seller_place: "Mojokerto".into(),
            port_of_shipment: "Tanjung Perak, Surabaya".into(),
            destination_place: "Busan".into(),
            destination_country: Some(crate::model::base::country::Country::KR),
            shipment_place: String::new(),
            check_places: false,
            quote_currency: Currency::USD,
            fx_buffer_pct: dec!(1),
            tiers: vec![2000, 5000],
            moq: 1000,
            ..SalesTerms::default()
        },
        quote: QuoteDetails {
            number: "Q-2025-031".into(),
            date: "2025-07-29".into(),
            old_date: String::new(),
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
            port_of_loading: String::new(),
            payment: Some(Payment { kind: PaymentKind::DepositBeforeShipment, n: 30 }),
            payment_terms: String::new(),
            lead: Some(Lead { kind: LeadKind::AfterDepositAndSample, days: 45 }),
            lead_time: String::new(),
            remarks: vec![Remark::Incoterms2020, Remark::SizesPerChart],
            bank_details: "Bank Contoh · a/c 000-000-0000 · SWIFT CONTIDJA".into(),
            notes: "Illustrative example prepared with Tapak.".into(),
        },
        // T/T 30 % deposit a week after the order, balance before shipment 45 days after the
        // deposit; materials bought on the day; a KUR loan at 0,5 % a month.
        cash: CashPlan {
            deposit_pct: dec!(30),
            deposit_day: 7,
            balance: BalanceWhen::BeforeShipment,
            lead_days: 52,
            monthly_rate_pct: Some(dec!(0.5)),
            ..CashPlan::default()
        },
        broker: None,
        variants: Vec::new(),
    }
}

/// An SNI-certified safety shoe (steel toe cap) for a distributor in Dubai: 1,500 pairs,
/// leather upper, imported steel toe caps (USD) and PU/rubber soles, labour by standard minutes,
/// overhead as 18 % of prime cost; SNI certification and lab tests are one-off costs spread over
/// the order. Sea LCL to Jebel Ali, CFR in USD.
pub fn safety_shoe_sni() -> Document {
    use Section::*;
    use Unit::*;
    let idr = Currency::IDR;
    let usd = Currency::USD;
    Document {
        schema: SCHEMA_VERSION,
        article: Article {
            name: "Sepatu safety SNI, steel toe (contoh)".into(),
            code: CODES[1].into(),
            hs_code: "6403.40".into(),
            costing_currency: idr,
            order_pairs: 1500,
            shared_pairs: 0,
        },
        fx: vec![ExchangeRate {
            id: 1,
            base: usd,
            quote: idr,
            rate: dec!(16244),
            date: "2025-07-29".into(),
            source: "JISDOR".into(),
        }],
        materials: vec![
            line(10, Upper, "Kulit sapi full grain", SqFt, dec!(2.4), dec!(8), dec!(38000), SqFt, idr),
            line(11, Lining, "Lining mesh anti-bakteri", Metre, dec!(0.2), dec!(8), dec!(28000), Metre, idr),
            line(12, Reinforcement, "Steel toe cap 200 J (impor)", Pair, dec!(1), dec!(1), dec!(2.10), Pair, usd),
            line(13, Reinforcement, "Counter", Pair, dec!(1), dec!(3), dec!(2600), Pair, idr),
            line(14, Bottom, "Sol PU/karet tahan minyak", Pair, dec!(1), dec!(2), dec!(42000), Pair, idr),
            line(15, Bottom, "Insole anti-statis", Pair, dec!(1), dec!(2), dec!(6500), Pair, idr),
            line(16, Accessories, "Benang nilon bonded", Cone, dec!(0.03), dec!(5), dec!(24000), Cone, idr),
            line(17, Accessories, "Tali sepatu 150 cm", Pair, dec!(1), dec!(0), dec!(2000), Pair, idr),
            line(18, Accessories, "Mata ayam (eyelet)", Piece, dec!(14), dec!(2), dec!(14400), Gross, idr),
            line(19, Accessories, "Lem PU", Kg, dec!(0.035), dec!(5), dec!(65000), Kg, idr),
            line(20, Packaging, "Kotak dan label SNI", Piece, dec!(1), dec!(0), dec!(5500), Piece, idr),
        ],
        labour: Labour {
            method: LabourMethod::Operations,
            wage: WageBasis {
                monthly_wage: dec!(4800000),
                working_days: dec!(25),
                minutes_per_day: dec!(420),
                efficiency_pct: dec!(75),
            },
            operations: vec![
                op(30, "Potong (cutting)", dec!(6), MakingStep::Cutting),
                op(31, "Jahit atasan (closing)", dec!(24), MakingStep::Closing),
                op(32, "Pasang steel toe dan lasting", dec!(12), MakingStep::Lasting),
                op(33, "Injeksi/pasang sol", dec!(10), MakingStep::Lasting),
                op(34, "Finishing dan QC", dec!(6), MakingStep::Finishing),
            ],
            piece_rates: Vec::new(),
            bought: Vec::new(),
        },
        overhead: Overhead {
            method: OverheadMethod::PercentOfPrime,
            monthly_overhead: dec!(45000000),
            monthly_output_pairs: dec!(4000),
            percent_of_prime: dec!(18),
        },
        one_off: vec![
            OneOffCost { id: 50, name: "Sertifikasi SNI (SPPT-SNI)".into(), amount: dec!(30000000), currency: idr },
            OneOffCost { id: 51, name: "Uji lab impak dan kompresi".into(), amount: dec!(7500000), currency: idr },
            OneOffCost { id: 52, name: "Acuan (lasts)".into(), amount: dec!(9000000), currency: idr },
        ],
        display_currency: usd,
        sizes: SizeRun::default(),
        shipping: Shipping {
            carton: crate::model::base::packing::Carton {
                pairs_per_carton: 10,
                length_cm: dec!(62),
                width_cm: dec!(42),
                height_cm: dec!(38),
                gross_kg: dec!(16),
            },
            mode: crate::model::base::packing::Mode::SeaLcl,
            ..Shipping::default()
        },
        export_costs: vec![
            export(70, Stage::ExportClearance, "PEB dan PPJK", Basis::PerShipment, dec!(1500000), idr),
            export(
                71,
                Stage::ExportClearance,
                "Certificate of origin (non-preferensi)",
                Basis::PerShipment,
                dec!(150000),
                idr,
            ),
            export(
                72,
                Stage::InlandHaulage,
                "Truk engkel ke CFS Tanjung Perak",
                Basis::PerShipment,
                dec!(1800000),
                idr,
            ),
            export(73, Stage::OriginTerminal, "CFS dan THC LCL", Basis::PerRevenueTon, dec!(250000), idr),
            export(74, Stage::OriginTerminal, "B/L dan dokumen", Basis::PerShipment, dec!(60), usd),
            export(
                75,
                Stage::MainCarriage,
                "Ocean freight LCL Surabaya → Jebel Ali",
                Basis::PerRevenueTon,
                dec!(55),
                usd,
            ),
        ],
        terms: SalesTerms {
            profit: Profit { basis: ProfitBasis::MarginOnPrice, pct: dec!(15) },
            insurance_rate_pct: Some(dec!(0.35)),
            insurance_rate_a_pct: Some(dec!(0.5)),
            min_premium: None,
            import_fee: None,
            incoterm: Incoterm::Cfr,
            seller_place: "Mojokerto".into(),
            port_of_shipment: "Tanjung Perak, Surabaya".into(),
            destination_place: "Jebel Ali".into(),
            destination_country: Some(crate::model::base::country::Country::AE),
            shipment_place: String::new(),
            check_places: false,
            quote_currency: usd,
            fx_buffer_pct: dec!(1.5),
            tiers: vec![1000, 3000],
            moq: 600,
            ..SalesTerms::default()
        },
        quote: QuoteDetails {
            number: "Q-2025-044".into(),
            date: "2025-08-04".into(),
            old_date: String::new(),
            validity_days: 30,
            exporter: Party {
                name: "CV Contoh Alas Kaki Mojokerto".into(),
                address: "Jl. Contoh No. 1, Mojokerto, Jawa Timur, Indonesia".into(),
                contact: "+62 812 0000 0000 · sales@contoh.example".into(),
            },
            buyer: Party {
                name: "Gulf Safety Supplies LLC (example)".into(),
                address: "Dubai, United Arab Emirates".into(),
                contact: String::new(),
            },
            port_of_loading: String::new(),
            payment: Some(Payment { kind: PaymentKind::LcAtSight, n: 0 }),
            payment_terms: String::new(),
            lead: Some(Lead { kind: LeadKind::AfterLc, days: 60 }),
            lead_time: String::new(),
            remarks: vec![Remark::Incoterms2020],
            bank_details: "Bank Contoh · a/c 000-000-0000 · SWIFT CONTIDJA".into(),
            notes: "Steel toe cap 200 J, SNI 7079:2009 certified. Illustrative example prepared with Tapak.".into(),
        },
        // L/C at sight: no deposit; paid on presenting the documents, about 10 days after shipment.
        cash: CashPlan {
            deposit_pct: dec!(0),
            balance: BalanceWhen::AgainstDocuments,
            balance_days: 10,
            lead_days: 60,
            monthly_rate_pct: Some(dec!(0.5)),
            ..CashPlan::default()
        },
        broker: None,
        variants: Vec::new(),
    }
}

/// 2,000 pairs of casual sandals for a Los Angeles retailer, sold through a Korean broker who
/// takes 5 % of the price: EVA and synthetic straps, upper stitching paid by the kodi, overhead
/// per month; sea LCL, DDP Los Angeles in USD. US duty (customs value = FOB) and fees are
/// entered by the user from the HTS — the figures here are placeholders to check, not truth.
pub fn sandal_los_angeles() -> Document {
    use Section::*;
    use Unit::*;
    let idr = Currency::IDR;
    let usd = Currency::USD;
    Document {
        schema: SCHEMA_VERSION,
        article: Article {
            name: "Sandal kasual EVA (contoh)".into(),
            code: CODES[2].into(),
            hs_code: "6402.99".into(),
            costing_currency: idr,
            order_pairs: 2000,
            shared_pairs: 0,
        },
        fx: vec![ExchangeRate {
            id: 1,
            base: usd,
            quote: idr,
            rate: dec!(16244),
            date: "2025-07-29".into(),
            source: "JISDOR".into(),
        }],
        materials: vec![
            line(10, Upper, "Tali sintetis (PU strap)", Metre, dec!(0.45), dec!(6), dec!(26000), Metre, idr),
            line(11, Lining, "Lapisan footbed (mikrofiber)", Dm2, dec!(3.2), dec!(8), dec!(350), Dm2, idr),
            line(12, Bottom, "Sol EVA cetak", Pair, dec!(1), dec!(3), dec!(14500), Pair, idr),
            line(13, Bottom, "Outsole karet tipis", Pair, dec!(1), dec!(3), dec!(0.55), Pair, usd),
            line(14, Accessories, "Gesper logam (buckle)", Piece, dec!(2), dec!(2), dec!(1.80), Dozen, usd),
            line(15, Accessories, "Lem dan primer", Kg, dec!(0.02), dec!(5), dec!(72000), Kg, idr),
            line(16, Packaging, "Polybag dan hangtag", Piece, dec!(1), dec!(0), dec!(900), Piece, idr),
        ],
        labour: Labour {
            method: LabourMethod::PieceRate,
            wage: WageBasis {
                monthly_wage: dec!(4800000),
                working_days: dec!(25),
                minutes_per_day: dec!(420),
                efficiency_pct: dec!(80),
            },
            operations: Vec::new(),
            piece_rates: vec![
                PieceRate { id: 40, name: "Potong dan jahit tali".into(), rate: dec!(60000), per: PiecePer::Kodi, step: Some(MakingStep::Closing) },
                PieceRate { id: 41, name: "Rakit dan lem sol".into(), rate: dec!(45000), per: PiecePer::Kodi, step: Some(MakingStep::Lasting) },
                PieceRate { id: 42, name: "Finishing dan kemas".into(), rate: dec!(24000), per: PiecePer::Dozen, step: Some(MakingStep::Finishing) },
            ],
            bought: Vec::new(),
        },
        overhead: Overhead {
            method: OverheadMethod::PerMonth,
            monthly_overhead: dec!(30000000),
            monthly_output_pairs: dec!(8000),
            percent_of_prime: dec!(15),
        },
        one_off: vec![
            OneOffCost { id: 50, name: "Cetakan sol EVA (2 ukuran per cetak)".into(), amount: dec!(6000000), currency: idr },
            OneOffCost { id: 51, name: "Sampel dan kurir ke broker".into(), amount: dec!(85), currency: usd },
        ],
        display_currency: usd,
        sizes: SizeRun::default(),
        shipping: Shipping {
            carton: crate::model::base::packing::Carton {
                pairs_per_carton: 24,
                length_cm: dec!(60),
                width_cm: dec!(40),
                height_cm: dec!(30),
                gross_kg: dec!(11),
            },
            mode: crate::model::base::packing::Mode::SeaLcl,
            ..Shipping::default()
        },
        export_costs: vec![
            export(70, Stage::ExportClearance, "PEB dan PPJK", Basis::PerShipment, dec!(1500000), idr),
            export(71, Stage::InlandHaulage, "Truk ke CFS Tanjung Perak", Basis::PerShipment, dec!(1500000), idr),
            export(72, Stage::OriginTerminal, "CFS dan THC LCL", Basis::PerRevenueTon, dec!(250000), idr),
            export(73, Stage::OriginTerminal, "B/L dan dokumen", Basis::PerShipment, dec!(60), usd),
            export(74, Stage::MainCarriage, "Ocean freight LCL Surabaya → Los Angeles", Basis::PerRevenueTon, dec!(95), usd),
            export(75, Stage::DestinationCharges, "CFS LA dan antar ke gudang", Basis::PerShipment, dec!(420), usd),
            export(76, Stage::ImportClearance, "Customs broker AS dan ISF", Basis::PerShipment, dec!(275), usd),
        ],
        terms: SalesTerms {
            profit: Profit { basis: ProfitBasis::MarkupOnCost, pct: dec!(15) },
            commission_pct: dec!(5),
            insurance_rate_pct: Some(dec!(0.3)),
            insurance_rate_a_pct: Some(dec!(0.45)),
            min_premium: None,
            // The US merchandise processing fee (2025): 0.3464 % of the value, at least
            // USD 32.71 and at most USD 634.62 per entry. Not duty: it is not taxed.
            import_fee: Some(ValueFee { pct: dec!(0.3464), min: dec!(32.71), max: Some(dec!(634.62)), currency: Currency::USD }),
            duty_pct: Some(dec!(6)),
            customs_basis: crate::model::base::incoterms::CustomsBasis::Fob,
            import_tax_pct: Some(dec!(0.47)),
            incoterm: Incoterm::Ddp,
            seller_place: "Mojokerto".into(),
            port_of_shipment: "Tanjung Perak, Surabaya".into(),
            destination_place: "Los Angeles, CA".into(),
            destination_country: Some(crate::model::base::country::Country::US),
            shipment_place: String::new(),
            check_places: false,
            quote_currency: usd,
            fx_buffer_pct: dec!(1),
            tiers: vec![1000, 4000],
            moq: 1000,
            ..SalesTerms::default()
        },
        quote: QuoteDetails {
            number: "Q-2025-052".into(),
            date: "2025-08-11".into(),
            old_date: String::new(),
            validity_days: 30,
            exporter: Party {
                name: "CV Contoh Alas Kaki Mojokerto".into(),
                address: "Jl. Contoh No. 1, Mojokerto, Jawa Timur, Indonesia".into(),
                contact: "+62 812 0000 0000 · sales@contoh.example".into(),
            },
            buyer: Party {
                name: "LA Casual Footwear Inc. (example), via Seoul Trade Partners".into(),
                address: "Los Angeles, CA, USA".into(),
                contact: String::new(),
            },
            port_of_loading: String::new(),
            payment: Some(Payment { kind: PaymentKind::DepositAgainstBl, n: 30 }),
            payment_terms: String::new(),
            lead: Some(Lead { kind: LeadKind::AfterDeposit, days: 50 }),
            lead_time: String::new(),
            remarks: vec![Remark::Incoterms2020, Remark::DutiesForBuyer],
            bank_details: "Bank Contoh · a/c 000-000-0000 · SWIFT CONTIDJA".into(),
            notes: "Price includes the broker's 5 % commission. US duty 6 % of FOB value and 0.47 % fees (MPF/HMF) as entered — verify the HTS line. Illustrative example prepared with Tapak.".into(),
        },
        // T/T 30 % deposit, balance against a copy of the B/L (about 5 days after shipment).
        cash: CashPlan {
            deposit_pct: dec!(30),
            deposit_day: 7,
            balance: BalanceWhen::AfterBl,
            balance_days: 5,
            lead_days: 57,
            monthly_rate_pct: Some(dec!(0.5)),
            ..CashPlan::default()
        },
        // The broker's route for comparison: a trading house takes the pairs FCA at the maker's
        // price less 8 %.
        broker: Some(BrokerDeal {
            term: Incoterm::Fca,
            pays: BrokerPays::Commission,
            price: None,
            currency: Currency::IDR,
            commission_pct: dec!(8),
        }),
        variants: Vec::new(),
    }
}

/// The Busan sneaker made by a consolidator (issue 16's teaching case): the exporter pooled home
/// shoemakers, and sews the uppers of its 3,250 pairs in three workshops instead of its own
/// closing line (18 standard minutes, Rp10.285,71 a pair): Sooko, Mojokerto, Rp5.500 a pair ×
/// 1.500; Bangil, Pasuruan, Rp120.000 a kodi (Rp6.000) × 1.000; Mojoagung, Jombang, Rp60.000 a
/// dozen (Rp5.000) × 750: (8.250.000 + 6.000.000 + 3.750.000) ÷ 3.250 = Rp5.538,46 a pair.
pub fn consolidator_busan() -> Document {
    let mut d = sneaker_busan();
    d.article.name = "Sneaker kasual, dijahit di tiga bengkel (contoh)".into();
    d.article.code = "TPK-SN01-K".into();
    let work = |id, workshop: &str, rate, per, pairs| BoughtWork {
        id,
        workshop: workshop.into(),
        covers: MakingStep::Closing,
        rate,
        per,
        pairs,
    };
    d.labour.bought = vec![
        work(90, "Bengkel Sooko, Mojokerto", dec!(5500), PiecePer::Pair, 1500),
        work(91, "Bengkel Bangil, Pasuruan", dec!(120000), PiecePer::Kodi, 1000),
        work(92, "Bengkel Mojoagung, Jombang", dec!(60000), PiecePer::Dozen, 750),
    ];
    d
}

/// The Busan sneaker as a maklon (CMT) order: the Korean brand supplies the leather and the
/// outsoles; the maker prices cutting, making, trimming and its own materials. Korea values
/// imports on the transaction value with assists, so the supplied materials join the customs
/// value of a delivered price.
pub fn cmt_busan() -> Document {
    let mut d = sneaker_busan();
    d.article.name = "Sneaker maklon (CMT) untuk merek Korea (contoh)".into();
    d.article.code = "TPK-SN01-CMT".into();
    // The upper leather (line 10) and the rubber outsole (line 15).
    for m in d.materials.iter_mut().filter(|m| matches!(m.id, 10 | 15)) {
        m.buyer_supplied = true;
    }
    d.terms.assists_in_customs_value = true;
    d.quote.payment = Some(Payment { kind: PaymentKind::DepositBeforeShipment, n: 50 });
    d.cash.deposit_pct = dec!(50);
    d
}

/// Which built-in example.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExampleId {
    SneakerBusan,
    SafetyShoe,
    SandalLosAngeles,
    Consolidator,
    Cmt,
}

impl ExampleId {
    pub const ALL: [ExampleId; 5] = [
        ExampleId::SneakerBusan,
        ExampleId::SafetyShoe,
        ExampleId::SandalLosAngeles,
        ExampleId::Consolidator,
        ExampleId::Cmt,
    ];

    pub fn document(self) -> Document {
        match self {
            ExampleId::SneakerBusan => sneaker_busan(),
            ExampleId::SafetyShoe => safety_shoe_sni(),
            ExampleId::SandalLosAngeles => sandal_los_angeles(),
            ExampleId::Consolidator => consolidator_busan(),
            ExampleId::Cmt => cmt_busan(),
        }
    }
}

/// A built-in example with its document.
pub struct Example {
    pub id: ExampleId,
    pub document: Document,
}

/// Every built-in example, in the order a workshop uses them.
pub fn all() -> Vec<Example> {
    ExampleId::ALL.iter().map(|&id| Example { id, document: id.document() }).collect()
}

/// The library id of an example sheet inside the worked order (`busan_order`).
pub const ORDER_SHEETS: [&str; 2] = ["example-busan", "example-sandal"];

/// A three-article order for Busan (issue 14's worked example): the casual sneaker, 1.500 pairs
/// (and 2.000 as a further quantity); its black colourway, 1.000 pairs, whose upper leather
/// costs Rp41.000 a square foot instead of Rp38.000 and whose outsole is black rubber at CNY
/// 10,20 instead of 9,50; and the EVA casual sandal (the Los Angeles example's sheet), 750
/// pairs: 3.250 pairs in one 20' container. Priced FOB Tanjung Perak and CIF Busan in USD, up
/// to USD 0,05, the shipment's costs shared by m³. Returns the quotation and the library it
/// refers to.
pub fn busan_order(
) -> (crate::model::quotation::Quotation, std::collections::BTreeMap<crate::model::sheet::id::SheetId, Document>) {
    use crate::model::quotation::{Quotation, QuoteLine};
    use crate::model::sheet::document::{LineChange, Variant};
    let mut sneaker = sneaker_busan();
    sneaker.variants = vec![Variant {
        id: 90,
        name: "Hitam / Black".into(),
        code: "TPK-SN01-BLK".into(),
        changes: vec![
            LineChange {
                line: 10,
                name: Some("Kulit sapi atasan, hitam".into()),
                net_consumption: None,
                unit_price: Some(dec!(41000)),
                currency: None,
            },
            LineChange {
                line: 15,
                name: Some("Sol karet hitam (impor)".into()),
                net_consumption: None,
                unit_price: Some(dec!(10.20)),
                currency: None,
            },
        ],
    }];
    let sandal = sandal_los_angeles();
    let [s, d] = ORDER_SHEETS;
    let line =
        |id, sheet: &str, variant, pairs, tiers: Vec<u32>| QuoteLine { id, sheet: sheet.into(), variant, pairs, tiers };
    let mut q = Quotation::of_sheet(s, &sneaker);
    q.details.number = "Q-2025-032".into();
    q.terms = vec![Incoterm::Fob, Incoterm::Cif];
    q.price_step = Some(dec!(0.05));
    q.step_up = true;
    q.key = crate::model::quotation::allocation::Key::PerCbm;
    q.lines = vec![
        line(1, s, None, 1500, vec![2000]),
        line(2, s, Some(90), 1000, Vec::new()),
        line(3, d, None, 750, Vec::new()),
    ];
    (q, std::collections::BTreeMap::from([(s.into(), sneaker), (d.into(), sandal)]))
}
