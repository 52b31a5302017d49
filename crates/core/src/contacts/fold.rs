//! Text folding for contact search: lower case, accents removed, so "Mulheim" and "MUELHEIM"
//! both find "Mülheim an der Ruhr". Contacts are a few hundred records, so folding in Rust is
//! simpler than keeping a second full-text index in step with the content cache.

/// Folds one character to its base letters (lower case, accents dropped). German umlauts fold
/// to the plain vowel here; [`variants`] adds the "ue" spelling.
fn fold_char(c: char, out: &mut String) {
    let base = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' | 'ĝ' | 'ġ' | 'ģ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ı' | 'ī' | 'į' => "i",
        'ł' | 'ľ' | 'ĺ' | 'ļ' => "l",
        'ñ' | 'ń' | 'ň' | 'ņ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'ř' | 'ŕ' => "r",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'ß' => "ss",
        'ť' | 'ţ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'æ' => "ae",
        'œ' => "oe",
        _ => {
            out.push(c);
            return;
        }
    };
    out.push_str(base);
}

/// Lower-cased and accent-free.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        fold_char(c, &mut out);
    }
    out
}

/// The folded text, plus the German transliteration ("ü" → "ue") when it differs, so both
/// spellings a user may type match.
pub fn variants(text: &str) -> Vec<String> {
    let plain = fold(text);
    let lower = text.to_lowercase();
    let german = fold(
        &lower
            .replace('ä', "ae")
            .replace('ö', "oe")
            .replace('ü', "ue"),
    );
    if german == plain {
        vec![plain]
    } else {
        vec![plain, german]
    }
}

/// True when every word of the (folded) query occurs in one of the haystack's variants.
pub fn matches(haystack: &[String], query: &str) -> bool {
    let q = fold(query);
    q.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| haystack.iter().any(|h| h.contains(w)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_umlauts_accents_and_case() {
        assert_eq!(fold("Mülheim an der Ruhr"), "mulheim an der ruhr");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Çağrı"), "cagri");
        let hay = variants("Mülheim an der Ruhr");
        assert!(matches(&hay, "Mulheim"));
        assert!(matches(&hay, "MUELHEIM ruhr"));
        assert!(matches(&hay, "mülheim"));
        assert!(!matches(&hay, "Essen"));
        assert!(matches(&hay, "\"*( "));
    }
}
