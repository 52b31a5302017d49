use super::*;

#[test]
fn negotiates_region_tags_and_falls_back_to_english() {
    assert_eq!(negotiate(&["de-DE", "en"]), "de");
    assert_eq!(negotiate(&["de_DE.UTF-8"]), "de");
    assert_eq!(negotiate(&["xx"]), "en");
    assert_eq!(negotiate(&[]), "en");
}

#[test]
fn formats_in_the_chosen_language_with_arguments() {
    let de = Localizer::new(&["de"]);
    let en = Localizer::new(&["en"]);
    assert_ne!(de.t("app-name"), "app-name");
    let a = args(&[("count", 3.into())]);
    assert_ne!(
        en.t_args("sync-items-applied", &a),
        de.t_args("sync-items-applied", &a)
    );
    assert!(en.t_args("sync-items-applied", &a).contains('3'));
}

#[test]
fn a_missing_message_falls_back_then_shows_its_id() {
    let loc = Localizer::new(&["de"]);
    assert_eq!(
        loc.t("no-such-message-anywhere"),
        "no-such-message-anywhere"
    );
    assert!(!loc.has("no-such-message-anywhere"));
}

#[test]
fn catalog_sources_start_with_the_chosen_locale() {
    let loc = Localizer::new(&["de"]);
    let sources = loc.catalog_sources();
    assert_eq!(sources[0].0, "de");
    assert_eq!(sources[1].0, "en");
    assert_eq!(sources.len(), 2);
}
