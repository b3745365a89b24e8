//! The native CLI reads the app's own file format and prints the same figures.

use std::process::Command;

fn tapak(args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_tapak"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run tapak");
    if let Some(text) = stdin {
        child.stdin.take().expect("stdin").write_all(text.as_bytes()).expect("write");
    }
    let out = child.wait_with_output().expect("wait");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn the_cli_quotes_a_saved_sheet_as_a_table_and_as_json() {
    let (code, example, _) = tapak(&["example"], None);
    assert_eq!(code, 0);
    let (code, table, _) = tapak(&["quote", "-", "--lang", "id"], Some(&example));
    assert_eq!(code, 0);
    assert!(table.contains("HPP per pasang: Rp162.566"), "{table}");
    assert!(table.contains("USD 11,48"), "{table}");
    let (code, out, _) = tapak(&["quote", "-", "--json"], Some(&example));
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let first = &v["quote"]["tiers"][0];
    assert_eq!(first["pairs"], 3250);
    assert_eq!(first["unit_price_rounded"]["amount"], "11.48");
    assert_eq!(first["total"]["amount"], "37310.00");
    assert_eq!(v["quote"]["all_terms"][6]["incoterm"], "DDP");
    assert!(v["quote"]["all_terms"][6]["missing"].as_str().unwrap().contains("Import duty"));

    // With a price step of 0,05, up: USD 11,4829 → 11,50; 3.250 × 11,50 = USD 37.375,00. The
    // table shows the exact price and the step; the JSON carries both and what the step adds.
    let stepped = example.replacen("\"rounding\":", "\"price_step\": \"0.05\", \"step_up\": true, \"rounding\":", 1);
    let (code, table, _) = tapak(&["quote", "-", "--lang", "id"], Some(&stepped));
    assert_eq!(code, 0);
    assert!(table.contains("USD 11,4829 → dibulatkan ke atas ke kelipatan 0,05 = USD 11,50"), "{table}");
    let (_, out, _) = tapak(&["quote", "-", "--json"], Some(&stepped));
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let first = &v["quote"]["tiers"][0];
    assert_eq!(first["unit_price_rounded"]["amount"], "11.50");
    assert_eq!(first["total"]["amount"], "37375.00");
    assert_eq!(v["quote"]["price_step"], "0.05");
}

#[test]
fn the_cli_refuses_bad_files_and_bad_usage() {
    let (code, _, err) = tapak(&["quote", "-", "--lang", "id"], Some("{\"schema\": 8}"));
    assert_eq!(code, 1);
    assert!(err.contains("versi Tapak yang lebih baru"), "{err}");
    let (code, _, err) = tapak(&["quote", "/nonexistent/x.json"], None);
    assert_eq!(code, 1);
    assert!(err.contains("x.json"), "{err}");
    assert_eq!(tapak(&["frobnicate"], None).0, 2);
}

#[test]
fn an_incomplete_sheet_prints_its_figures_names_what_is_missing_and_exits_3() {
    // The Busan example with its leather priced in KWD, for which the sheet has no rate: the
    // leather is left out, so the price would be too low; the CLI says so and exits 3.
    let (_, example, _) = tapak(&["example"], None);
    let mut doc: serde_json::Value = serde_json::from_str(&example).unwrap();
    doc["materials"][0]["currency"] = "KWD".into();
    let (code, table, err) = tapak(&["quote", "-", "--lang", "en"], Some(&doc.to_string()));
    assert_eq!(code, 3, "{err}");
    assert!(table.contains("Cost per pair (HPP)"), "{table}");
    assert!(err.contains("Not ready to send"), "{err}");
    assert!(err.contains("KWD → IDR"), "{err}");
}

#[test]
fn a_file_with_hostile_values_is_refused_field_by_field() {
    let (_, example, _) = tapak(&["example"], None);
    let mut doc: serde_json::Value = serde_json::from_str(&example).unwrap();
    doc["materials"][2]["net_consumption"] = "-2.4".into();
    doc["terms"]["commission_pct"] = "100000000000000000000".into();
    let (code, out, err) = tapak(&["quote", "-", "--lang", "id"], Some(&doc.to_string()));
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.contains("Bahan baku, baris 3 · Kebutuhan bersih/pasang: Tidak boleh negatif."), "{err}");
    assert!(err.contains("Komisi"), "{err}");
    // A value of the wrong type names its place, not the parser's line and column.
    doc["materials"][2]["net_consumption"] = serde_json::json!([1]);
    let (code, _, err) = tapak(&["quote", "-", "--lang", "id"], Some(&doc.to_string()));
    assert_eq!(code, 1);
    assert!(err.contains("Bahan baku, baris 3 · Kebutuhan bersih"), "{err}");
}

#[test]
fn the_cli_prices_a_quotation_file_of_three_articles() {
    let (code, file, _) = tapak(&["example", "order"], None);
    assert_eq!(code, 0);
    // A quotation file carries the sheets its lines use, each as a sheet file.
    let v: serde_json::Value = serde_json::from_str(&file).expect("json");
    assert_eq!(v["kind"], "tapak-quotation");
    assert_eq!(v["sheets"]["example-busan"]["schema"], 7);
    let (code, table, _) = tapak(&["quote", "-", "--lang", "id"], Some(&file));
    assert_eq!(code, 0, "{table}");
    // Each article's exact and stepped price at both terms (tests/it/quotation.rs works them).
    assert!(table.contains("USD 11,7097 → USD 11,75"), "{table}");
    assert!(table.contains("USD 12,5492 → USD 12,55"), "{table}");
    // 1.500 × 11,75 + 1.000 × 12,20 + 750 × 5,10 = 17.625 + 12.200 + 3.825 = USD 33.650.
    assert!(table.contains("Total pesanan: 3.250 pasang · FOB USD 33.650,00"), "{table}");
    assert!(table.contains("Rp14.619.600 = Rp7.729.396 + Rp5.194.154 + Rp1.696.050"), "{table}");
    assert!(table.contains("dibagi per m³"), "{table}");
    let (_, out, _) = tapak(&["quote", "-", "--json"], Some(&file));
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["articles"][1]["colourway"], "Hitam / Black");
    assert_eq!(v["articles"][1]["prices"][1]["tiers"][0]["unit_price_rounded"]["amount"], "12.55");
    assert_eq!(v["totals"][1]["total"]["amount"], "34637.50");
    assert_eq!(v["shipment"]["cartons"], 241);

    // A quotation whose line names a sheet it does not carry prints what it can and says why.
    let missing = file.replacen("\"sheet\": \"example-sandal\"", "\"sheet\": \"gone\"", 1);
    let (code, _, err) = tapak(&["quote", "-"], Some(&missing));
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("Article 3: its sheet is no longer in the library."), "{err}");
    // A damaged value in a carried sheet is refused at the door, naming the field.
    let bad = file.replacen("\"order_pairs\": 3250", "\"order_pairs\": -5", 1);
    let (code, _, err) = tapak(&["quote", "-", "--lang", "id"], Some(&bad));
    assert_eq!(code, 1, "{err}");
    // Four terms are not a choice a quotation offers.
    let four = file.replacen("\"Fob\",", "\"Exw\", \"Fca\", \"Fob\",", 1);
    let (code, _, err) = tapak(&["quote", "-"], Some(&four));
    assert_eq!(code, 1, "{err}");
}
