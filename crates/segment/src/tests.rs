//! One table of French inputs per rule, all through [`check`].

use super::*;

/// Segments `text` and compares the sentences' texts with `want`; also
/// checks that the spans are trimmed, ordered and inside their paragraph.
fn check(text: &str, want: &[&str]) {
    let paras = paragraphs(text);
    let sents = sentences(text, &paras);
    // The pipeline's path, from the paragraphs' byte spans, agrees, and
    // the byte span it gives each sentence is the sentence's.
    let (with_bytes, bytes) = sentences_and_bytes(text, &paragraphs_with_bytes(text));
    assert_eq!(with_bytes, sents);
    let idx = frclaims_model::TextIndex::new(text);
    assert_eq!(
        bytes,
        sents.iter().map(|s| idx.bytes(s.span)).collect::<Vec<_>>()
    );
    let chars: Vec<char> = text.chars().collect();
    let got: Vec<String> = sents
        .iter()
        .map(|s| chars[s.span.start..s.span.end].iter().collect())
        .collect();
    assert_eq!(got, want, "\n{text}");
    let mut last = 0;
    for s in &sents {
        assert!(s.span.start >= last && !s.span.is_empty(), "{s:?}");
        assert!(paras[s.paragraph].span.contains(s.span), "{s:?}");
        assert!(!chars[s.span.start].is_whitespace() && !chars[s.span.end - 1].is_whitespace());
        last = s.span.end;
    }
}

fn check_all(cases: &[(&str, &[&str])]) {
    for (text, want) in cases {
        check(text, want);
    }
}

#[test]
fn plain_sentences() {
    check_all(&[
        (
            "Il pleut. Le vent souffle.",
            &["Il pleut.", "Le vent souffle."],
        ),
        (
            "Il pleut ! Vraiment ? Oui.",
            &["Il pleut !", "Vraiment ?", "Oui."],
        ),
        (
            "Le PIB a crû. 2025 sera meilleure.",
            &["Le PIB a crû.", "2025 sera meilleure."],
        ),
        (
            "Une phrase sans point final",
            &["Une phrase sans point final"],
        ),
        ("", &[]),
        ("  \n\n ", &[]),
    ]);
}

#[test]
fn title_abbreviations() {
    check_all(&[
        (
            "M. Dupont est là. Mme Durand aussi.",
            &["M. Dupont est là.", "Mme Durand aussi."],
        ),
        (
            "Il a vu MM. Martin et Petit. Ils partent.",
            &["Il a vu MM. Martin et Petit.", "Ils partent."],
        ),
        (
            "Selon le Dr. Ruiz, tout va bien.",
            &["Selon le Dr. Ruiz, tout va bien."],
        ),
        (
            "Le Pr. Martin et Me. Durand plaident.",
            &["Le Pr. Martin et Me. Durand plaident."],
        ),
        (
            "Mlle. Dubois habite à St. Louis.",
            &["Mlle. Dubois habite à St. Louis."],
        ),
        (
            "Surnommé Mr. Angel, il joue.",
            &["Surnommé Mr. Angel, il joue."],
        ),
    ]);
}

#[test]
fn reference_abbreviations() {
    check_all(&[
        (
            "Le temple fut bâti en 310 av. J.-C. par un roi.",
            &["Le temple fut bâti en 310 av. J.-C. par un roi."],
        ),
        (
            "Bâtie en 120 av. J.-C. Nemausus prospéra.",
            &["Bâtie en 120 av. J.-C. Nemausus prospéra."],
        ),
        (
            "La ville fut détruite en 812 apr. J.-C. Elle ne fut jamais rebâtie.",
            &[
                "La ville fut détruite en 812 apr. J.-C.",
                "Elle ne fut jamais rebâtie.",
            ],
        ),
        (
            "Voir l'art. L. 642-3 du code.",
            &["Voir l'art. L. 642-3 du code."],
        ),
        (
            "Lisez p. 12 et cf. Dupont 2003.",
            &["Lisez p. 12 et cf. Dupont 2003."],
        ),
        (
            "Des fruits, p. ex. des pommes.",
            &["Des fruits, p. ex. des pommes."],
        ),
        (
            "C'est le n° 5. Le suivant arrive.",
            &["C'est le n° 5.", "Le suivant arrive."],
        ),
        ("Le vol. 3 est paru.", &["Le vol. 3 est paru."]),
        (
            "On a signalé un vol. Il a eu lieu hier.",
            &["On a signalé un vol.", "Il a eu lieu hier."],
        ),
    ]);
}

#[test]
fn context_abbreviations() {
    check_all(&[
        (
            "Des pommes, des poires, etc. Le marché ferme.",
            &["Des pommes, des poires, etc.", "Le marché ferme."],
        ),
        (
            "Des pommes, etc. pour tous.",
            &["Des pommes, etc. pour tous."],
        ),
        (
            "Il y avait env. 300 personnes.",
            &["Il y avait env. 300 personnes."],
        ),
        (
            "Le 15 janv. 2025 et le 3 févr. 2024.",
            &["Le 15 janv. 2025 et le 3 févr. 2024."],
        ),
        (
            "Ils sont sept. Puis ils partent.",
            &["Ils sont sept.", "Puis ils partent."],
        ),
        ("Le 4 sept. 2021, rien.", &["Le 4 sept. 2021, rien."]),
        (
            "Il dirige Huawei Technologies Co. en Chine.",
            &["Il dirige Huawei Technologies Co. en Chine."],
        ),
        (
            "Le siège d'Alibaba Group Holdings Ltd. à Hangzhou.",
            &["Le siège d'Alibaba Group Holdings Ltd. à Hangzhou."],
        ),
        (
            "Elle a racheté Acme Co. Ltd. en mai.",
            &["Elle a racheté Acme Co. Ltd. en mai."],
        ),
        (
            "Le titre d'Apple Inc. Il monte.",
            &["Le titre d'Apple Inc.", "Il monte."],
        ),
        (
            "LL.AA.RR. le duc et la duchesse visiteront la ville.",
            &["LL.AA.RR. le duc et la duchesse visiteront la ville."],
        ),
        (
            "Un budget de 2,5 Mds. de dollars.",
            &["Un budget de 2,5 Mds. de dollars."],
        ),
    ]);
}

#[test]
fn initials() {
    check_all(&[
        ("J. Liu a parlé. Il part.", &["J. Liu a parlé.", "Il part."]),
        ("Jean-B. Dupont a signé.", &["Jean-B. Dupont a signé."]),
        (
            "Le livre est de J.P. Vautrin et R.L.F. Marbot.",
            &["Le livre est de J.P. Vautrin et R.L.F. Marbot."],
        ),
        (
            "La société B.K. (Bureautique) a lancé un logiciel.",
            &["La société B.K. (Bureautique) a lancé un logiciel."],
        ),
        (
            "Il rencontra Dagobert I. Ils signèrent.",
            &["Il rencontra Dagobert I.", "Ils signèrent."],
        ),
        (
            "Il tourne sous Mac OS X. Une mise à jour arrive.",
            &["Il tourne sous Mac OS X.", "Une mise à jour arrive."],
        ),
        (
            "Il cite J.-M. Le Pen en exemple.",
            &["Il cite J.-M. Le Pen en exemple."],
        ),
        (
            "Le crabe C. opilio abonde.",
            &["Le crabe C. opilio abonde."],
        ),
        (
            "Il vit aux U.S.A. depuis 2010.",
            &["Il vit aux U.S.A. depuis 2010."],
        ),
        (
            "Le commandant J. Y. Cousteau a plongé.",
            &["Le commandant J. Y. Cousteau a plongé."],
        ),
    ]);
}

#[test]
fn decimals_and_times() {
    check_all(&[
        (
            "Le PIB a augmenté de 5,4 % en 2025. Puis il a baissé.",
            &["Le PIB a augmenté de 5,4 % en 2025.", "Puis il a baissé."],
        ),
        (
            "La version 3.5 est sortie. Elle plaît.",
            &["La version 3.5 est sortie.", "Elle plaît."],
        ),
        (
            "Publié à 9h01. Mis à jour à 9 h 01.",
            &["Publié à 9h01.", "Mis à jour à 9 h 01."],
        ),
        ("Il a gagné 1.500 euros.", &["Il a gagné 1.500 euros."]),
    ]);
}

#[test]
fn ellipsis() {
    check_all(&[
        (
            "Il hésita… Puis il partit.",
            &["Il hésita…", "Puis il partit."],
        ),
        (
            "Il hésita... Puis il partit.",
            &["Il hésita...", "Puis il partit."],
        ),
        (
            "Il hésita… puis il partit.",
            &["Il hésita… puis il partit."],
        ),
        (
            "« Il faut [...] baisser les taxes », dit-il.",
            &["« Il faut [...] baisser les taxes », dit-il."],
        ),
        (
            "« Nous voulons […] Réformer vite. »",
            &["« Nous voulons […] Réformer vite. »"],
        ),
        (
            "Elles gagnèrent 17 courses. (...) Les clubs rivaux protestent.",
            &[
                "Elles gagnèrent 17 courses.",
                "(...) Les clubs rivaux protestent.",
            ],
        ),
        (
            "Baidu, Tencent, Huawei…) mais aussi des startups.",
            &["Baidu, Tencent, Huawei…) mais aussi des startups."],
        ),
        ("Quoi ?... Il est parti.", &["Quoi ?...", "Il est parti."]),
    ]);
}

#[test]
fn quotes_after_terminal_marks() {
    check_all(&[
        (
            "« J'arrive ! » a-t-il lancé. Puis il partit.",
            &["« J'arrive ! » a-t-il lancé.", "Puis il partit."],
        ),
        (
            "« J'arrive ! », a-t-il lancé.",
            &["« J'arrive ! », a-t-il lancé."],
        ),
        (
            "« C'est fini. » Le silence suit.",
            &["« C'est fini. »", "Le silence suit."],
        ),
        (
            "Il a dit « non. » Les autres se taisent.",
            &["Il a dit « non. »", "Les autres se taisent."],
        ),
        (
            "« Il n’y a pas d’autre choix. La raison est simple », a déclaré Jenny Xiao.",
            &[
                "« Il n’y a pas d’autre choix.",
                "La raison est simple », a déclaré Jenny Xiao.",
            ],
        ),
        (
            "Il a crié \"stop!\" Puis il est parti.",
            &["Il a crié \"stop!\"", "Puis il est parti."],
        ),
        (
            "Il a dit : \" C'est fini. \" Les autres se taisent.",
            &["Il a dit : \" C'est fini. \"", "Les autres se taisent."],
        ),
        (
            "Tu es une bête ! \" Les serveurs sont aimables.",
            &["Tu es une bête ! \"", "Les serveurs sont aimables."],
        ),
        (
            "Il est parti. \" Je reste \", dit-elle.",
            &["Il est parti.", "\" Je reste \", dit-elle."],
        ),
        (
            "La fin. “Bonjour.” Il sourit.",
            &["La fin.", "“Bonjour.”", "Il sourit."],
        ),
        (
            "Un texte sans ouverture. » Stipe reconnaît ses torts.",
            &["Un texte sans ouverture.", "» Stipe reconnaît ses torts."],
        ),
        (
            "Des robots ‘Minions.’ Ils trient.",
            &["Des robots ‘Minions.’", "Ils trient."],
        ),
    ]);
}

#[test]
fn question_and_exclamation_then_lowercase() {
    check_all(&[
        ("Pourquoi ? demanda-t-il.", &["Pourquoi ? demanda-t-il."]),
        ("Ah ! quelle surprise.", &["Ah ! quelle surprise."]),
        ("Vraiment ?! Non.", &["Vraiment ?!", "Non."]),
        ("Que faire ? Attendre.", &["Que faire ?", "Attendre."]),
    ]);
}

#[test]
fn period_then_lowercase() {
    check_all(&[
        (
            "Le jury statuera mardi prochain. on en reparlera ensuite.",
            &[
                "Le jury statuera mardi prochain.",
                "on en reparlera ensuite.",
            ],
        ),
        (
            "Le genre des Ranidae. il ne faut pas le confondre.",
            &["Le genre des Ranidae.", "il ne faut pas le confondre."],
        ),
        (
            "Voir le chap. suivant et la fig. ci-dessous.",
            &["Voir le chap. suivant et la fig. ci-dessous."],
        ),
        ("Trois km. de route.", &["Trois km. de route."]),
    ]);
}

#[test]
fn lines_are_paragraphs() {
    check_all(&[
        (
            "Un titre\nLe texte suit. Fin.",
            &["Un titre", "Le texte suit.", "Fin."],
        ),
        (
            "Titre\n\nPremier paragraphe.\n\n\nSecond.",
            &["Titre", "Premier paragraphe.", "Second."],
        ),
        (
            "Les points clés :\n- la croissance\n- l'emploi",
            &["Les points clés :", "- la croissance", "- l'emploi"],
        ),
        (
            "Liste\n  • premier point. Suite.\n• second",
            &["Liste", "• premier point.", "Suite.", "• second"],
        ),
        ("Windows\r\nligne deux\r\n", &["Windows", "ligne deux"]),
        (
            "1. Introduction\n2. Les résultats. Ils sont bons.",
            &["1. Introduction", "2. Les résultats.", "Ils sont bons."],
        ),
        (
            "Fig. 1. Différents domaines de l’IA.",
            &["Fig. 1. Différents domaines de l’IA."],
        ),
        ("IV. La suite du récit", &["IV. La suite du récit"]),
        (
            "Art. 1er. Le présent décret s'applique.",
            &["Art. 1er. Le présent décret s'applique."],
        ),
        (
            "Voir la fig. 1. Les résultats suivent.",
            &["Voir la fig. 1.", "Les résultats suivent."],
        ),
    ]);
}

#[test]
fn missing_space_after_terminal_marks() {
    check_all(&[
        (
            "Des tensions locales.Mais la Chine avance.",
            &["Des tensions locales.", "Mais la Chine avance."],
        ),
        (
            "Le rythme de l’IA.Le fait est là.",
            &["Le rythme de l’IA.", "Le fait est là."],
        ),
        (
            "Dans quelle mesure ?La Chine peut-elle gagner ?",
            &["Dans quelle mesure ?", "La Chine peut-elle gagner ?"],
        ),
        (
            "Le taux réel ».Zhu a déclaré cela.",
            &["Le taux réel ».", "Zhu a déclaré cela."],
        ),
        (
            "Une pause.« Rien n'est joué », dit-il.",
            &["Une pause.", "« Rien n'est joué », dit-il."],
        ),
        (
            "Selon CNN.com, le site e-mail.fr et https://www.lemonde.fr/Economie ferment.",
            &["Selon CNN.com, le site e-mail.fr et https://www.lemonde.fr/Economie ferment."],
        ),
        (
            "Il vit à St.John depuis 2.5 ans. Il y reste.",
            &["Il vit à St.John depuis 2.5 ans.", "Il y reste."],
        ),
        (
            "Le groupe R.E.M. joue sur ASP.NET.",
            &["Le groupe R.E.M. joue sur ASP.NET."],
        ),
    ]);
}

#[test]
fn colon_glued_to_a_capital() {
    check_all(&[
        (
            "Transformer en profondeur :L’ambition est claire.",
            &["Transformer en profondeur :", "L’ambition est claire."],
        ),
        (
            "Parmi les défis :Il faut choisir.",
            &["Parmi les défis :", "Il faut choisir."],
        ),
        (
            "Il a dit : La fin est proche.",
            &["Il a dit : La fin est proche."],
        ),
        (
            "Rendez-vous à 12:30 sur https://exemple.fr.",
            &["Rendez-vous à 12:30 sur https://exemple.fr."],
        ),
    ]);
}

#[test]
fn question_glued_to_the_line_before() {
    check_all(&[
        (
            "Source : entretien avec Zhu MinTrouvez-vous ces chiffres crédibles ?",
            &[
                "Source : entretien avec Zhu Min",
                "Trouvez-vous ces chiffres crédibles ?",
            ],
        ),
        (
            "Lire aussi notre dossierFaut-il avoir peur de l’IA ?",
            &["Lire aussi notre dossier", "Faut-il avoir peur de l’IA ?"],
        ),
        (
            "Rien ne changeA-t-il dit ?",
            &["Rien ne changeA-t-il dit ?"],
        ),
        // Inversions and camel-case names that are not glued lines.
        (
            "Trouvez-vous cela crédible ? Le site YouTube-Vidéos aussi.",
            &[
                "Trouvez-vous cela crédible ?",
                "Le site YouTube-Vidéos aussi.",
            ],
        ),
        (
            "Que pensez-vous de McDonald ? Est-il rentable ?",
            &["Que pensez-vous de McDonald ?", "Est-il rentable ?"],
        ),
    ]);
}

#[test]
fn semicolon_then_sentence_opener() {
    check_all(&[
        (
            "Il semblait exister ; Le poème est né plus tard.",
            &["Il semblait exister ;", "Le poème est né plus tard."],
        ),
        (
            "Les villes sont Paris ; Lyon ; Marseille.",
            &["Les villes sont Paris ; Lyon ; Marseille."],
        ),
        (
            "Les uns partent ; les autres restent.",
            &["Les uns partent ; les autres restent."],
        ),
        (
            "Il lit Libération ; Le Monde le relève.",
            &["Il lit Libération ; Le Monde le relève."],
        ),
        (
            "Il pensait avoir fini ; De son côté, elle attendait la suite.",
            &[
                "Il pensait avoir fini ;",
                "De son côté, elle attendait la suite.",
            ],
        ),
        (
            "Analysées au carbone 14 ; Des outils comme Direct3D suivent.",
            &[
                "Analysées au carbone 14 ;",
                "Des outils comme Direct3D suivent.",
            ],
        ),
        (
            "Il cite Ch. De Gaulle ; D'autres le citent aussi.",
            &["Il cite Ch. De Gaulle ;", "D'autres le citent aussi."],
        ),
    ]);
}

#[test]
fn parentheses() {
    check_all(&[
        (
            "Il a payé 60 € (un prix correct !) pour cela.",
            &["Il a payé 60 € (un prix correct !) pour cela."],
        ),
        (
            "Il a payé (trop cher.) Le reste suit.",
            &["Il a payé (trop cher.)", "Le reste suit."],
        ),
        (
            "Il est parti. (Il reviendra.) Elle attend.",
            &["Il est parti.", "(Il reviendra.)", "Elle attend."],
        ),
        (
            "Il compare OpenAI (ChatGPT) ou Anthropic (Claude). DeepSeek suit.",
            &[
                "Il compare OpenAI (ChatGPT) ou Anthropic (Claude).",
                "DeepSeek suit.",
            ],
        ),
    ]);
}

#[test]
fn table_rows() {
    check_all(&[(
        "| Pays | Part. Moyenne |\n|---|---|\n| France | 5. Bien |",
        &[
            "| Pays | Part. Moyenne |",
            "|---|---|",
            "| France | 5. Bien |",
        ],
    )]);
}

#[test]
fn captions_and_credits() {
    check_all(&[
        (
            "Un robot à Pékin, le 16 mai 2025. - Tingshu Wang/Reuters",
            &["Un robot à Pékin, le 16 mai 2025. - Tingshu Wang/Reuters"],
        ),
        (
            "Il est venu. - Oui, dit-elle. Puis il partit.",
            &["Il est venu.", "- Oui, dit-elle.", "Puis il partit."],
        ),
        ("Image : Freepix", &["Image : Freepix"]),
        (
            "Il est venu — enfin ! — pour signer. Elle aussi.",
            &["Il est venu — enfin ! — pour signer.", "Elle aussi."],
        ),
    ]);
}

#[test]
fn non_breaking_spaces() {
    check_all(&[
        (
            "« Quoi\u{a0}? » dit-il. Il\u{a0}part\u{202f}!\u{a0}Elle reste.",
            &[
                "« Quoi\u{a0}? » dit-il.",
                "Il\u{a0}part\u{202f}!",
                "Elle reste.",
            ],
        ),
        (
            "C'est fini.\u{a0}» Le silence.",
            &["C'est fini.\u{a0}»", "Le silence."],
        ),
        (
            "« Il part.\u{a0}» Le silence.",
            &["« Il part.\u{a0}»", "Le silence."],
        ),
    ]);
}

#[test]
fn offsets_are_code_points() {
    let text = "Été. Ça va ?\n« Oui » — très.";
    let paras = paragraphs(text);
    assert_eq!(
        paras
            .iter()
            .map(|p| (p.span.start, p.span.end))
            .collect::<Vec<_>>(),
        [(0, 12), (13, 28)]
    );
    let s = sentences(text, &paras);
    let spans: Vec<_> = s
        .iter()
        .map(|s| (s.span.start, s.span.end, s.paragraph))
        .collect();
    assert_eq!(spans, [(0, 4, 0), (5, 12, 0), (13, 28, 1)]);
}

#[test]
fn odd_paragraph_spans_do_not_panic() {
    let text = "Un é. Deux.";
    let paras = [
        Paragraph {
            span: Span::new(6, 11),
        },
        Paragraph {
            span: Span::new(0, 5),
        },
        Paragraph {
            span: Span::new(8, 500),
        },
        Paragraph {
            span: Span::new(400, 500),
        },
    ];
    let s = sentences(text, &paras);
    let spans: Vec<_> = s.iter().map(|s| (s.span.start, s.span.end)).collect();
    assert_eq!(spans, [(6, 11), (0, 5), (8, 11)]);
}

#[test]
fn never_panics_on_odd_text() {
    for text in [
        ".", "...", "!?", "«", "»", "\"", ". »", "a.\u{a0}", "M.", "(...)", "[…", "|", ":", " :É",
        "x :Éa", "é.Éé", "1.", "‘.’", "”.\"", "a. \" ",
    ] {
        let paras = paragraphs(text);
        for s in sentences(text, &paras) {
            assert!(s.span.end <= text.chars().count() && !s.span.is_empty());
        }
    }
}

/// Random strings over the characters the rules look at: no panic, and
/// every span is non-empty, trimmed, ordered and inside its paragraph.
#[test]
fn never_panics_on_random_text() {
    const ALPHABET: &[&str] = &[
        "a", "é", "L", "É", "M", "J", "1", " ", " ", "\u{a0}", "\u{202f}", "\n", ".", ".", "!",
        "?", "…", ":", ";", ",", "\"", "'", "’", "‘", "«", "»", "“", "”", "(", ")", "[", "]", "-",
        "–", "|", "/", "etc", "Il", "Mme", "J.-C", "www", "\r", "\t",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..3000 {
        let len = (next() % 40) as usize;
        let text: String = (0..len)
            .map(|_| ALPHABET[(next() % ALPHABET.len() as u64) as usize])
            .collect();
        let chars: Vec<char> = text.chars().collect();
        let paras = paragraphs(&text);
        let mut last = 0;
        for s in sentences(&text, &paras) {
            assert!(
                s.span.start >= last && s.span.end <= chars.len(),
                "{text:?} {s:?}"
            );
            assert!(!s.span.is_empty(), "{text:?}");
            assert!(paras[s.paragraph].span.contains(s.span), "{text:?}");
            assert!(!chars[s.span.start].is_whitespace(), "{text:?}");
            assert!(!chars[s.span.end - 1].is_whitespace(), "{text:?}");
            last = s.span.end;
        }
    }
}

#[test]
fn long_tokens_stay_linear() {
    // Would be quadratic if every mark looked back to the sentence start.
    let text = "Ab.Cd".repeat(20_000) + " fin. " + &"\" a. ".repeat(20_000);
    let paras = paragraphs(&text);
    assert_eq!(paras.len(), 1);
    assert!(!sentences(&text, &paras).is_empty());
}

#[test]
fn paragraph_bytes_agree_with_code_points() {
    for text in [
        "",
        "Un.\n\n  Deux é.  \nTrois",
        "« Été »\r\n\u{a0}x\n",
        "\n\n",
    ] {
        let idx = frclaims_model::TextIndex::new(text);
        let both = crate::paragraphs_with_bytes(text);
        assert_eq!(
            both.iter().map(|(p, _)| *p).collect::<Vec<_>>(),
            crate::paragraphs(text)
        );
        for (p, b) in both {
            assert_eq!(idx.bytes(p.span), b, "{text:?}");
        }
    }
}

/// The paragraphs are the trimmed non-empty lines of `split_inclusive('\n')`,
/// on every text of up to six characters from a small alphabet of letters,
/// spaces and line breaks.
#[test]
fn paragraphs_are_the_lines_of_split_inclusive() {
    let alphabet = ['a', ' ', '\n', '\r', 'é', '\u{a0}'];
    let mut texts = vec![String::new()];
    let mut last = vec![String::new()];
    for _ in 0..6 {
        last = last
            .iter()
            .flat_map(|t| alphabet.iter().map(move |&c| format!("{t}{c}")))
            .collect();
        texts.extend(last.iter().cloned());
    }
    for text in &texts {
        let mut want = Vec::new();
        let mut pos = 0;
        for line in text.split_inclusive('\n') {
            let lead = line.chars().count() - line.trim_start().chars().count();
            let n = line.trim().chars().count();
            if n > 0 {
                want.push(Span::new(pos + lead, pos + lead + n));
            }
            pos += line.chars().count();
        }
        let got: Vec<Span> = paragraphs(text).iter().map(|p| p.span).collect();
        assert_eq!(got, want, "{text:?}");
    }
}
