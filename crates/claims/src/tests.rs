//! Rule tests on real French: each case is a text and the reported speech
//! expected in it, written `type | content | speaker | cue lemma`.

use super::*;
use frclaims_model::TextIndex;

/// A small sentence splitter for the tests: lines are paragraphs, and a
/// sentence ends at . ? ! (plus a closing mark) before a capital or «.
fn sentences(text: &str) -> Vec<Sentence> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut para = 0;
    let mut start = 0;
    let mut i = 0;
    let flush = |s: usize, e: usize, para: usize, out: &mut Vec<Sentence>| {
        let mut s = s;
        let mut e = e;
        while s < e && chars[s].is_whitespace() {
            s += 1;
        }
        while e > s && chars[e - 1].is_whitespace() {
            e -= 1;
        }
        if s < e {
            out.push(Sentence {
                span: Span::new(s, e),
                paragraph: para,
            });
        }
    };
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            flush(start, i, para, &mut out);
            para += 1;
            start = i + 1;
        } else if matches!(c, '.' | '?' | '!') {
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j], '»' | '"' | '”') {
                j += 1;
            }
            let mut k = j;
            while k < chars.len() && chars[k] == ' ' {
                k += 1;
            }
            // Not after a title or an initial (« M. Quilès »).
            let mut word: Vec<char> = chars[..i]
                .iter()
                .rev()
                .take_while(|c| c.is_alphabetic())
                .copied()
                .collect();
            word.reverse();
            let word: String = word.into_iter().collect();
            let title =
                matches!(word.as_str(), "M" | "MM" | "Mme" | "Dr") || word.chars().count() == 1;
            if !title && k > j && k < chars.len() && (chars[k].is_uppercase() || chars[k] == '«') {
                flush(start, j, para, &mut out);
                start = j;
            }
        }
        i += 1;
    }
    flush(start, chars.len(), para, &mut out);
    out
}

fn run(text: &str) -> Vec<Claim> {
    let doc = Document {
        text: text.into(),
        ..Document::default()
    };
    extract(&doc, &sentences(text), &[], &[])
}

fn describe(c: &Claim, text: &str) -> Option<String> {
    let a = c.attribution.as_ref()?;
    let idx = TextIndex::new(text);
    let kind = match a.kind {
        AttributionType::Direct => "direct",
        AttributionType::Indirect => "indirect",
        AttributionType::Mixed => "mixed",
        AttributionType::AccordingTo => "according_to",
    };
    let speaker = a
        .speaker
        .as_ref()
        .map(|s| s.canonical.clone().unwrap_or_else(|| s.text.clone()))
        .unwrap_or_default();
    let cue = a.cue.as_ref().map(|c| c.lemma.clone()).unwrap_or_default();
    Some(format!(
        "{kind} | {} | {speaker} | {cue}",
        idx.slice(a.content)
    ))
}

/// The reported speech of `input` is exactly `expected`.
fn check(input: &str, expected: &[&str]) {
    let claims = run(input);
    let got: Vec<String> = claims.iter().filter_map(|c| describe(c, input)).collect();
    assert_eq!(got, expected, "\ninput: {input}");
}

use frclaims_benchdata::xorshift;

#[test]
fn direct_quotes_with_incises() {
    check(
        "« Moins de 20 % », a déclaré Justin Lin, responsable technique des modèles Qwen.",
        &["direct | Moins de 20 % | Justin Lin | déclarer"],
    );
    check(
        "« Nous devons reconnaître les défis », a-t-il déclaré lors de la réunion.",
        &["direct | Nous devons reconnaître les défis | il | déclarer"],
    );
    check(
        "« Leur problème, c’est le volume », explique-t-elle.",
        &["direct | Leur problème, c’est le volume | elle | expliquer"],
    );
    check(
        "« Vous n'êtes que des vautours ! », avait hurlé le patron de la régie.",
        &["direct | Vous n'êtes que des vautours ! | le patron de la régie | hurler"],
    );
    check(
        "“Il n’y a pas d’autre choix”, a déclaré Jenny Xiao.",
        &["direct | Il n’y a pas d’autre choix | Jenny Xiao | déclarer"],
    );
    check(
        "\"Ce n'est pas juste un modèle\", a déclaré un défenseur de l'open source.",
        &["direct | Ce n'est pas juste un modèle | un défenseur de l'open source | déclarer"],
    );
    check(
        "« La croissance ralentit », selon elle.",
        &["direct | La croissance ralentit | elle | selon"],
    );
}

#[test]
fn a_speaker_after_the_verb_before_a_time_or_place() {
    check(
        "« J'ai couru pour mon fils », a confié le vainqueur à l'arrivée, avenue Foch.",
        &["direct | J'ai couru pour mon fils | le vainqueur | confier"],
    );
    check(
        "« J'ai couru pour mon fils », a confié le vainqueur dimanche.",
        &["direct | J'ai couru pour mon fils | le vainqueur | confier"],
    );
}

#[test]
fn direct_quote_spanning_sentences_and_paragraphs() {
    check(
        "« Il n’y a pas d’autre choix. La raison, c’est que les Chinois ne paient pas », a déclaré Jenny Xiao.",
        &["direct | Il n’y a pas d’autre choix. La raison, c’est que les Chinois ne paient pas | Jenny Xiao | déclarer"],
    );
    check(
        "Paul Dupont a déclaré : « Le premier point est réglé.\n« Le second ne l'est pas. »",
        &["direct | Le premier point est réglé.\n« Le second ne l'est pas. | Paul Dupont | déclarer"],
    );
}

#[test]
fn indirect_speech() {
    check(
        "Triolo a indiqué que cela place Pékin dans une position difficile.",
        &["indirect | cela place Pékin dans une position difficile | Triolo | indiquer"],
    );
    check(
        "Pourtant, certains des principaux développeurs chinois d’IA ont averti que la Chine pourrait avoir pris du retard.",
        &["indirect | la Chine pourrait avoir pris du retard | certains des principaux développeurs chinois d’IA | avertir"],
    );
    check(
        "Les entreprises chinoises ont excellé dans le déploiement rapide, a déclaré Deepika Giri, responsable chez IDC.",
        &["indirect | Les entreprises chinoises ont excellé dans le déploiement rapide | Deepika Giri | déclarer"],
    );
    check(
        "Les suppressions de postes ont touché 140 ateliers, indique la fédération.",
        &["indirect | Les suppressions de postes ont touché 140 ateliers | la fédération | indiquer"],
    );
    check(
        "Le gouvernement a annoncé le retrait du projet de loi.",
        &["indirect | le retrait du projet de loi | Le gouvernement | annoncer"],
    );
    check(
        "Zhu Min, conseiller spécial du FMI, a déclaré que la Chine verrait apparaître 100 projets.",
        &["indirect | la Chine verrait apparaître 100 projets | Zhu Min | déclarer"],
    );
    check(
        "De plus, Microsoft a érigé DeepSeek en modèle et a déclaré qu'il constitue son nouveau critère.",
        &["indirect | il constitue son nouveau critère | Microsoft | déclarer"],
    );
}

#[test]
fn a_verb_that_governs_a_reporting_infinitive_shares_its_subject() {
    check(
        "Mme Aubry a tenu à préciser que les emplois de services représentaient 45 % des créations.",
        &["indirect | les emplois de services représentaient 45 % des créations | Mme Aubry | préciser"],
    );
    check(
        "Le ministre vient d'annoncer que la réforme serait retirée.",
        &["indirect | la réforme serait retirée | Le ministre | annoncer"],
    );
    check(
        "La présidente ne cesse de répéter que la dette est soutenable.",
        &["indirect | la dette est soutenable | La présidente | répéter"],
    );
    check(
        "M. Lucien Ferrand s'était contenté de souligner que la réunion restait utile.",
        &["indirect | la réunion restait utile | Lucien Ferrand | souligner"],
    );
    // Not after a verb that does not share its subject with the infinitive.
    check("Le texte permet de préciser que la loi s'applique.", &[]);
    // « refuser de » reverses the statement, « ne pas hésiter à » does not.
    let c = &run("Ses dirigeants ont refusé de confirmer que des accords avaient été conclus.")[0];
    assert!(c.attribution.is_some() && c.negated);
    let c = &run("Le maire n'a pas hésité à affirmer que les travaux commenceraient en mars.")[0];
    assert!(c.attribution.is_some() && !c.negated);
}

#[test]
fn devoir_pouvoir_aller_govern_a_reporting_infinitive() {
    check(
        "Le ministre doit annoncer que la réforme est abandonnée.",
        &["indirect | la réforme est abandonnée | Le ministre | annoncer"],
    );
    check(
        "Ce festival, comme devait conclure Marcel Vautrin, n'a d'autre but que de distraire.",
        &["indirect | Ce festival, comme devait conclure Marcel Vautrin, n'a d'autre but que de distraire | Marcel Vautrin | conclure"],
    );
}

#[test]
fn dates_and_adverbial_phrases_around_the_verb() {
    check(
        "Le colonel Ferrandi a d'ores et déjà annoncé que la caserne serait fermée.",
        &["indirect | la caserne serait fermée | Ferrandi | annoncer"],
    );
    check(
        "Le groupe a annoncé jeudi 9 mars avoir racheté une part de 40 % du capital.",
        &["indirect | avoir racheté une part de 40 % du capital | Le groupe | annoncer"],
    );
    check(
        "Le président a annoncé lundi 1er mars une hausse des salaires.",
        &["indirect | une hausse des salaires | Le président | annoncer"],
    );
    check(
        "Le ministère rappelle en outre, dans une note, qu'aucune fraude n'a été relevée.",
        &["indirect | aucune fraude n'a été relevée | Le ministère | rappeler"],
    );
    check(
        "M. Vautrin a, pour sa part, estimé que le projet contenait des avancées réelles.",
        &["indirect | le projet contenait des avancées réelles | Vautrin | estimer"],
    );
    check(
        "Le ministère du logement, de la ville et de l'aménagement rural rappelle que la loi s'applique.",
        &["indirect | la loi s'applique | Le ministère du logement, de la ville et de l'aménagement rural | rappeler"],
    );
    check(
        "La ministre a d'autre part indiqué que le budget serait tenu.",
        &["indirect | le budget serait tenu | La ministre | indiquer"],
    );
    check(
        "L'établissement ajoute en outre que le complexe doit être modernisé.",
        &["indirect | le complexe doit être modernisé | L'établissement | ajouter"],
    );
    check(
        "La présidente de la commission a au contraire dénoncé « un choix politique ».",
        &["direct | un choix politique | La présidente de la commission | dénoncer"],
    );
    check(
        "Le syndicat a une nouvelle fois affirmé que le site fermerait.",
        &["indirect | le site fermerait | Le syndicat | affirmer"],
    );
    check(
        "Le maire a longuement expliqué que les travaux avaient pris du retard.",
        &["indirect | les travaux avaient pris du retard | Le maire | expliquer"],
    );
}

/// Person nouns come with their regular feminines (« rapporteure »,
/// « adjointe », « policière », « doyenne »), and the head nouns of
/// speakers cover the offices of local and parliamentary life.
#[test]
fn speaker_nouns_and_their_feminines() {
    check(
        "L'adjointe au logement assure que les visites ont eu lieu.",
        &["indirect | les visites ont eu lieu | L'adjointe au logement | assurer"],
    );
    check(
        "Le rapporteur juge que le rendement attendu était surestimé.",
        &["indirect | le rendement attendu était surestimé | Le rapporteur | juger"],
    );
    check(
        "La doyenne de la faculté estime que la réforme est prématurée.",
        &["indirect | la réforme est prématurée | La doyenne de la faculté | estimer"],
    );
    check(
        "Le bourgmestre affirme que la commune n'a pas été prévenue.",
        &["indirect | la commune n'a pas été prévenue | Le bourgmestre | affirmer"],
    );
}

/// Two noun phrases joined by « et » opening the clause are one speaker, a
/// group; one after a verb is not the subject's.
#[test]
fn a_coordinated_subject_is_one_speaker() {
    check(
        "La FGTB et la CSC affirment que la direction ment.",
        &["indirect | la direction ment | La FGTB et la CSC | affirmer"],
    );
    check(
        "Les syndicats FGTB et CSC dénoncent « un coup de massue ».",
        &["direct | un coup de massue | Les syndicats FGTB et CSC | dénoncer"],
    );
    check(
        "Le ministre a reçu les syndicats et la CSC affirme que la direction ment.",
        &["indirect | la direction ment | CSC | affirmer"],
    );
}

/// A surname alone after a person's title noun names the speaker, also
/// after a courtesy title (« M. le conseiller Jeanneret »).
#[test]
fn a_surname_after_a_title_noun_names_the_speaker() {
    let got = canonical_speakers(
        "M. le conseiller Jeanneret a affirmé que les travaux étaient achevés. Le président Bush expliquait encore que rien n'était joué.",
        &["Jeanneret", "Bush"],
    );
    assert_eq!(got, [Some("Jeanneret".to_owned()), Some("Bush".to_owned())]);
    // After a party, the person; « La Première ministre » is a
    // description.
    let got = labelled_speakers(
        "Le député PLR Cyril Aellen a rappelé que la dette dépassait 11 milliards. La Première ministre, Élisabeth Borne, se dit « confiante ».",
        &[
            ("PLR", Label::Org),
            ("Cyril Aellen", Label::Per),
            ("Élisabeth Borne", Label::Per),
        ],
    );
    assert_eq!(
        got,
        [
            Some("Cyril Aellen".to_owned()),
            Some("Élisabeth Borne".to_owned())
        ]
    );
    // A person named in apposition comes before a word inside.
    let got = canonical_speakers(
        "Le délégué CGT, Patrick Hinzelin, a affirmé que le site fermerait.",
        &["Patrick Hinzelin"],
    );
    assert_eq!(got, [Some("Patrick Hinzelin".to_owned())]);
}

/// A verb form ending a hyphenated compound is no verb: « lieu-dit »,
/// « ouï-dire »; an incise glued after its verb is (« dit-il »).
#[test]
fn a_compound_word_ending_in_a_verb_form_is_no_cue() {
    check(
        "Le Clos-Garnier, un lieu-dit proche de Vesoul, sera rasé.",
        &[],
    );
    check(
        "« Le site fermera », dit-il.",
        &["direct | Le site fermera | il | dire"],
    );
}

#[test]
fn a_name_after_de_is_not_the_speakers_own() {
    // Nor does a decimal comma end the speaker's phrase.
    check(
        "Cette filiale à 47,3 % du Crédit Lyonnais, installée à Lille, a annoncé que la cession était conclue.",
        &["indirect | la cession était conclue | Cette filiale à 47,3 % du Crédit Lyonnais | annoncer"],
    );
    check(
        "Le porte-parole de la Fondation Vermeil a affirmé que le gala aurait lieu.",
        &["indirect | le gala aurait lieu | Le porte-parole de la Fondation Vermeil | affirmer"],
    );
    check(
        "Un proche conseiller de Simone Veil a affirmé que le texte serait adopté.",
        &["indirect | le texte serait adopté | Un proche conseiller de Simone Veil | affirmer"],
    );
    check(
        "Le leader chinois Xi Jinping a affirmé que la croissance serait forte.",
        &["indirect | la croissance serait forte | Xi Jinping | affirmer"],
    );
}

#[test]
fn a_t_on_appris_names_its_source_after_it() {
    check(
        "Le contrat sera signé en mars, a-t-on appris auprès du ministère.",
        &["indirect | Le contrat sera signé en mars | ministère | apprendre"],
    );
    check(
        "Le suspect a été interpellé mardi, a-t-on appris de source policière.",
        &["indirect | Le suspect a été interpellé mardi | source policière | apprendre"],
    );
    // Inside a quotation too.
    check(
        "« Le contrat, a-t-on appris auprès du ministère, est signé. »",
        &["direct | Le contrat, a-t-on appris auprès du ministère, est signé. | ministère | apprendre"],
    );
    // Without a source, « on » is the outlet: no reported speech.
    check("Le suspect a été interpellé mardi, a-t-on appris.", &[]);
    // Learning is not saying.
    check("Le ministre a appris que le contrat était signé.", &[]);
    // A date before the source.
    check(
        "Le chantier a pris six mois de retard, a-t-on appris vendredi de sources concordantes.",
        &["indirect | Le chantier a pris six mois de retard | sources concordantes | apprendre"],
    );
    check(
        "Le groupe supprimera 500 emplois, apprend-on jeudi auprès des syndicats.",
        &["indirect | Le groupe supprimera 500 emplois | syndicats | apprendre"],
    );
}

/// Impersonal incises: « on » is the speaker; the place of the source
/// after it belongs to the incise, the clause goes on after its comma. A
/// multi-word cue carries its clitic after its first word.
#[test]
fn impersonal_incises_with_their_place() {
    check(
        "Le président, indique-t-on à l'Elysée, recevra les syndicats lundi.",
        &["indirect | Le président, indique-t-on à l'Elysée, recevra les syndicats lundi | on | indiquer"],
    );
    check(
        "Le président, a-t-on précisé dans l'entourage du ministre, recevra les syndicats lundi.",
        &["indirect | Le président, a-t-on précisé dans l'entourage du ministre, recevra les syndicats lundi | on | préciser"],
    );
    check(
        "Le vote a été repoussé, assure-t-on au siège du parti.",
        &["indirect | Le vote a été repoussé | on | assurer"],
    );
    check(
        "Les primes, fait-on remarquer à Matignon, seront payées dès avril.",
        &["indirect | Les primes, fait-on remarquer à Matignon, seront payées dès avril | on | faire remarquer"],
    );
    check(
        "La dette atteint 110 % du PIB, fait-il remarquer.",
        &["indirect | La dette atteint 110 % du PIB | il | faire remarquer"],
    );
    // « croire savoir que »: what an outlet or a source reports.
    check(
        "Le Parisien croit savoir que le club sera vendu avant l'été.",
        &["indirect | le club sera vendu avant l'été | Parisien | croire savoir"],
    );
}

#[test]
fn a_stance_declared_with_se_dire_or_se_declarer() {
    check(
        "Le syndicat se dit prêt à négocier.",
        &["indirect | prêt à négocier | Le syndicat | se dire"],
    );
    check(
        "Les Pays-Bas se sont déclarés hostiles à une telle taxe.",
        &["indirect | hostiles à une telle taxe | Pays-Bas | se déclarer"],
    );
    check(
        "Le syndicat s'y déclare favorable sous conditions.",
        &["indirect | favorable sous conditions | Le syndicat | se déclarer"],
    );
    // A pronominal governing verb leaves its infinitive plain.
    check(
        "Le ministre s'est empressé de dire que la réforme serait retirée.",
        &["indirect | la réforme serait retirée | Le ministre | dire"],
    );
    // Not without the reflexive pronoun, nor with an object pronoun.
    check("Il dit la vérité.", &[]);
    check(
        "Des voisins m'ont dit : « Vos enfants se tiennent très bien. »",
        &["direct | Vos enfants se tiennent très bien. | Des voisins | dire"],
    );
}

#[test]
fn a_second_reporting_verb_shares_the_subject_of_the_first() {
    check(
        "L'économiste juge le taux « élevé », mais reconnaît que le pays n'a guère d'autre choix.",
        &["indirect | le pays n'a guère d'autre choix | L'économiste | reconnaître"],
    );
    check(
        "L'INSEE se félicite du recul du chômage, mais souligne que la reprise reste fragile.",
        &["indirect | la reprise reste fragile | INSEE | souligner"],
    );
}

/// Commas after a subject: complements listed go on it, adverbials do
/// not, and an adverbial opening the sentence is no subject.
#[test]
fn commas_around_a_subject() {
    check(
        "Le ministre, de son côté, a estimé que la réforme était nécessaire.",
        &["indirect | la réforme était nécessaire | Le ministre | estimer"],
    );
    check(
        "Hier, des manifestants ont affirmé que la police avait chargé.",
        &["indirect | la police avait chargé | des manifestants | affirmer"],
    );
    check(
        "Hier, de nombreux manifestants ont affirmé que la police avait chargé.",
        &["indirect | la police avait chargé | de nombreux manifestants | affirmer"],
    );
    check(
        "En 2024, des experts affirment que la croissance ralentit.",
        &["indirect | la croissance ralentit | des experts | affirmer"],
    );
}

#[test]
fn a_long_relative_clause_belongs_to_the_subject() {
    check(
        "Le ministre, qui recevait les maires au palais du Luxembourg jeudi matin après un long débat, a affirmé que le budget serait tenu.",
        &["indirect | le budget serait tenu | Le ministre | affirmer"],
    );
    // With commas of its own, and an infinitive after the verb.
    check(
        "La présidente, qui recevait la presse, après deux heures de réunion avec les syndicats, a indiqué être confiante.",
        &["indirect | être confiante | La présidente | indiquer"],
    );
    // « qui » glued to its antecedent, a comma after the clause.
    check(
        "Le FMI qui, au printemps dernier, tablait sur une hausse de 2,3 %, indique que cette prévision sera revue.",
        &["indirect | cette prévision sera revue | FMI | indiquer"],
    );
    // Not « ceux qui »: the incise after it stands.
    check(
        "Seront admis ceux qui auront obtenu la meilleure note au concours, dit le règlement.",
        &["indirect | Seront admis ceux qui auront obtenu la meilleure note au concours | le règlement | dire"],
    );
    // A relative clause on an object is no subject's.
    check(
        "L'homme a salué les enquêteurs, qui avaient travaillé pendant de longues semaines dans la région, et a affirmé que tout était faux.",
        &[],
    );
}

#[test]
fn a_narrative_infinitive_takes_the_previous_speaker() {
    check(
        "La maire a dénoncé la décision du préfet. Et d'ajouter : « Nous irons devant le tribunal. »",
        &[
            "indirect | la décision du préfet | La maire | dénoncer",
            "direct | Nous irons devant le tribunal. | La maire | ajouter",
        ],
    );
    // Alone, or in a new paragraph: no speaker.
    check(
        "Le syndicat a dénoncé le plan.\nEt de reconnaître, sans détour, que les chiffres sont mauvais.",
        &[
            "indirect | le plan | Le syndicat | dénoncer",
            "indirect | les chiffres sont mauvais |  | reconnaître",
        ],
    );
    // Not « et de » inside a clause.
    check("Il reste à savoir et de dire que tout va bien.", &[]);
}

#[test]
fn a_noun_phrase_before_an_inverted_clitic_is_the_speaker() {
    check(
        "Le ministre confirmera-t-il que la réforme sera votée avant l'été ?",
        &["indirect | la réforme sera votée avant l'été | Le ministre | confirmer"],
    );
    check(
        "Les dirigeants de la filiale ne reconnaissent-ils pas que l'atelier devrait recruter ?",
        &["indirect | l'atelier devrait recruter | Les dirigeants de la filiale | reconnaître"],
    );
}

#[test]
fn a_gerund_finds_its_subject_past_a_time_or_as_a_pronoun() {
    check(
        "Un an plus tôt, lors de la cérémonie, il s'était fait applaudir en déclarant que le site serait préservé.",
        &["indirect | le site serait préservé | il | déclarer"],
    );
    check(
        "Reconnaissant la faute de leur employeur, ils considèrent que les sanctions sont excessives.",
        &[
            "indirect | la faute de leur employeur | ils | reconnaître",
            "indirect | les sanctions sont excessives | ils | considérer",
        ],
    );
}

#[test]
fn a_newspaper_named_before_the_speaker_is_no_speaker() {
    check(
        "« Le pays va dans le mur », écrivait naguère, dans le quotidien La Croix, Marc Dupuis, ancien ministre du budget.",
        &["direct | Le pays va dans le mur | Marc Dupuis | écrire"],
    );
    check(
        "Un fonds d'urgence sera créé, a annoncé mardi dans un communiqué le ministre des sports, M. Paul Durand.",
        &["indirect | Un fonds d'urgence sera créé | le ministre des sports | annoncer"],
    );
}

#[test]
fn prepositional_phrases_with_commas_before_que() {
    check(
        "La porte-parole a affirmé aux reporters venus à Lyon, lors d'un point presse, que les discussions reprendraient.",
        &["indirect | les discussions reprendraient | La porte-parole | affirmer"],
    );
    check(
        "La juge a rappelé aux parties, avant l'audience, qu'aucun enregistrement ne serait toléré.",
        &["indirect | aucun enregistrement ne serait toléré | La juge | rappeler"],
    );
    // A title's dot inside, and a long phrase.
    check(
        "Les autorités avaient nettement affirmé à M. Gérard Vautrin, alors directeur du port et à ce titre chargé de tous les dossiers de dragage, que la vente signifierait la fin du contrat.",
        &["indirect | la vente signifierait la fin du contrat | Les autorités | affirmer"],
    );
    // « faire part aux … de … »
    check(
        "Les exposants avaient fait part aux organisateurs du salon d'importantes difficultés d'accès.",
        &["indirect | importantes difficultés d'accès | Les exposants | faire part"],
    );
    // Not across a relative clause, whose antecedent speaks (after the
    // auxiliary of the verb before it).
    check(
        "Le maire a rencontré les habitants, qui ont dit que le pont était dangereux.",
        &["indirect | le pont était dangereux | les habitants | dire"],
    );
}

#[test]
fn a_noun_phrase_object_ends_before_a_second_verb() {
    check(
        "Le ministre a annoncé la fermeture du site, et a ajouté que les salariés seraient reclassés.",
        &[
            "indirect | la fermeture du site | Le ministre | annoncer",
            "indirect | les salariés seraient reclassés | Le ministre | ajouter",
        ],
    );
    // Another clause, and a second participle with the same auxiliary.
    check(
        "Le syndicat a qualifié ces mesures d'« insuffisantes », tandis que la direction estime qu'elles sont équilibrées.",
        &[
            "mixed | ces mesures d'« insuffisantes » | Le syndicat | qualifier",
            "indirect | elles sont équilibrées | la direction | estimer",
        ],
    );
    check(
        "La maire a évoqué sa visite du chantier et confirmé l'ouverture du pont en juin.",
        &[
            "indirect | sa visite du chantier | La maire | évoquer",
            "indirect | l'ouverture du pont en juin | La maire | confirmer",
        ],
    );
}

#[test]
fn verbs_of_temper_as_incises() {
    check(
        "« On nous promet des aides depuis deux ans », peste un éleveur.",
        &["direct | On nous promet des aides depuis deux ans | un éleveur | pester"],
    );
    check(
        "« Le projet n'a pas échoué », rectifie la ministre.",
        &["direct | Le projet n'a pas échoué | la ministre | rectifier"],
    );
}

#[test]
fn a_dateline_is_not_content() {
    check(
        "LYON — Le trafic reprendra lundi, a annoncé la préfecture.",
        &["indirect | Le trafic reprendra lundi | la préfecture | annoncer"],
    );
    check(
        "PARIS (AFP) – « Nous ne céderons pas », a déclaré le ministre.",
        &["direct | Nous ne céderons pas | le ministre | déclarer"],
    );
    check(
        "Saint-Denis — Le site fermera en juin, a indiqué la direction.",
        &["indirect | Le site fermera en juin | la direction | indiquer"],
    );
}

#[test]
fn a_participle_phrase_inside_the_subject() {
    // Its complement never speaks.
    check(
        "La carte publiée par l'observatoire indique les zones les plus touchées.",
        &[],
    );
    // An object in a relative clause ends at the comma before the main verb.
    check(
        "Le gouvernement, qui avait promis un plan de relance du logement pour la rentrée, n'a pas encore dévoilé ses mesures.",
        &["indirect | un plan de relance du logement pour la rentrée | Le gouvernement | promettre"],
    );
    check(
        "Le capitaine des pompiers intervenu sur place a confirmé que le feu était parti du local.",
        &["indirect | le feu était parti du local | Le capitaine des pompiers | confirmer"],
    );
    check(
        "Le témoin entendu jeudi par la cour a affirmé que l'accusé était présent.",
        &["indirect | l'accusé était présent | Le témoin | affirmer"],
    );
}

#[test]
fn a_negated_infinitive_is_the_content() {
    check(
        "Interrogé par l'avocat, il a reconnu ne pas pouvoir exclure un court-circuit.",
        &["indirect | ne pas pouvoir exclure un court-circuit | il | reconnaître"],
    );
    check(
        "L'accusé, un ancien gardien âgé de 52 ans, nie toujours avoir mis le feu.",
        &["indirect | avoir mis le feu | L'accusé | nier"],
    );
    // « n'a pas » is no infinitive.
    check(
        "Le guichetier qui nous répond n'a pas de réponse à donner.",
        &[],
    );
}

#[test]
fn avant_de_and_apres_avoir_report_for_the_same_subject() {
    check(
        "« Personne ne sera oublié », a-t-il assuré, avant de rappeler que le chômage avait augmenté.",
        &[
            "direct | Personne ne sera oublié | il | assurer",
            "indirect | le chômage avait augmenté | il | rappeler",
        ],
    );
    check(
        "Après avoir rappelé que la loi avait été votée, la ministre a annoncé un décret.",
        &[
            "indirect | la loi avait été votée | la ministre | rappeler",
            "indirect | un décret | la ministre | annoncer",
        ],
    );
    // Without a speaker, nothing.
    check("Il faut réfléchir avant de dire que tout est perdu.", &[]);
    check(
        "Avant de reconnaître la valeur réelle de la collection en Europe.",
        &[],
    );
}

#[test]
fn what_stands_between_the_source_and_the_content() {
    // A name after the role in an incise that goes on.
    check(
        "Le chantier du futur métro prendra au moins deux ans de retard, a reconnu mercredi la ministre de la Mobilité, Nathalie Dewulf, devant la commission.",
        &["indirect | Le chantier du futur métro prendra au moins deux ans de retard | la ministre de la Mobilité | reconnaître"],
    );
    // A channel named before the speaker.
    check(
        "« La crue est maîtrisée », a déclaré dimanche sur les ondes de la radio publique, Karim Saadi, directeur de l'office.",
        &["direct | La crue est maîtrisée | Karim Saadi | déclarer"],
    );
    // A participle phrase on the source.
    check(
        "D'après l'expert, entendu dans l'après-midi, « la propagation a été anormalement rapide ».",
        &["mixed | « la propagation a été anormalement rapide » | l'expert | d'après"],
    );
}

#[test]
fn comme_with_an_object_clitic() {
    check(
        "La réforme des retraites est profondément injuste pour les salariés, comme l'affirment les syndicats.",
        &["indirect | La réforme des retraites est profondément injuste pour les salariés | les syndicats | affirmer"],
    );
    check(
        "La réforme des retraites est profondément injuste pour les salariés, comme les syndicats l'affirment depuis des mois.",
        &["indirect | La réforme des retraites est profondément injuste pour les salariés | les syndicats | affirmer"],
    );
    // « ainsi que » as « comme ».
    check(
        "Le chômage repartira à la hausse, ainsi que le souligne l'Unédic.",
        &["indirect | Le chômage repartira à la hausse | Unédic | souligner"],
    );
    check(
        "Ainsi que l'a rappelé le ministre, la dette atteint 3 000 milliards d'euros.",
        &["indirect | la dette atteint 3 000 milliards d'euros | le ministre | rappeler"],
    );
    // What the incise stands for starts after the comma before it.
    check(
        "La dépense augmente de 4 % par an, soit un poste sur dix, comme l'a souligné le ministre.",
        &["indirect | soit un poste sur dix | le ministre | souligner"],
    );
}

#[test]
fn a_role_the_lexicon_lacks_before_a_full_name() {
    check(
        "Le cinéaste Jean Dupont a affirmé que le film sortirait en mai.",
        &["indirect | le film sortirait en mai | Jean Dupont | affirmer"],
    );
    check(
        "Auteur d'un doublé, l'attaquant Elye Wahi a reconnu que l'équipe avait mal démarré.",
        &["indirect | l'équipe avait mal démarré | Elye Wahi | reconnaître"],
    );
    // Not a verb before a name.
    check(
        "« Rien n'est joué », disait Paul Valéry.",
        &["direct | Rien n'est joué | Paul Valéry | dire"],
    );
    // A nickname is not said.
    check(
        "Le pilier Albert Vautrin dit « Le Bœuf », vient d'être exclu par son club.",
        &[],
    );
    check(
        "Le maire dit « Non », puis quitte la salle.",
        &["direct | Non | Le maire | dire"],
    );
}

#[test]
fn an_incise_after_a_fronted_phrase_before_the_main_clause() {
    check(
        "Pour la SNCF, constatent les experts, le coût du chantier sera plus lourd encore.",
        &["indirect | Pour la SNCF, constatent les experts, le coût du chantier sera plus lourd encore | les experts | constater"],
    );
}

#[test]
fn a_person_described_with_un_or_une_is_an_antecedent() {
    check(
        "L'accusé était absent. Une voisine du deuxième étage a expliqué qu'elle avait senti une odeur d'essence. « J'ai tapé à toutes les portes », a-t-elle raconté.",
        &[
            "indirect | elle avait senti une odeur d'essence | Une voisine du deuxième étage | expliquer",
            "direct | J'ai tapé à toutes les portes | Une voisine du deuxième étage | raconter",
        ],
    );
}

#[test]
fn a_quotation_the_clause_goes_on_after_is_mixed() {
    check(
        "Les Pays-Bas ont affirmé, jeudi 4 avril, « regretter » le retrait des observateurs.",
        &["mixed | « regretter » le retrait des observateurs | Pays-Bas | affirmer"],
    );
    check(
        "Le maire a déclaré « Nous ne céderons pas ».",
        &["direct | Nous ne céderons pas | Le maire | déclarer"],
    );
}

#[test]
fn a_governing_verb_in_its_present_participle_makes_a_gerund() {
    check(
        "Interrogée sur les tarifs, Marianne Colin a refusé de donner un chiffre, se contentant de dire que les prix resteraient raisonnables.",
        &["indirect | les prix resteraient raisonnables | Marianne Colin | dire"],
    );
}

#[test]
fn a_person_described_after_l_apostrophe_has_the_gender_of_its_noun() {
    check(
        "Le capitaine des pompiers a confirmé que le feu était parti du local. D'après l'expert en incendie, la propagation a été très rapide. Interrogé par la défense, il a reconnu ne pas pouvoir exclure un court-circuit.",
        &[
            "indirect | le feu était parti du local | Le capitaine des pompiers | confirmer",
            "according_to | la propagation a été très rapide | l'expert en incendie | d'après",
            "indirect | ne pas pouvoir exclure un court-circuit | l'expert en incendie | reconnaître",
        ],
    );
}

#[test]
fn a_foreseen_act_is_no_statement() {
    check(
        "La société, qui a levé des fonds l'an dernier auprès de plusieurs investisseurs, devrait dévoiler un nouveau modèle le mois prochain.",
        &[],
    );
    // (The imperfect « devait » tells of what was to be said, and was.)
    check(
        "Le PDG devait annoncer mardi la vente du site de Brest.",
        &["indirect | la vente du site de Brest | Le PDG | annoncer"],
    );
    check(
        "La direction devait faire savoir samedi si elle ouvrira ses magasins.",
        &["indirect | si elle ouvrira ses magasins | La direction | faire savoir"],
    );
}

#[test]
fn a_gerund_after_a_clause_reports_for_its_subject() {
    check(
        "Le Parti québécois réclame une commission parlementaire, estimant que les Québécois ont le droit de savoir.",
        &["indirect | les Québécois ont le droit de savoir | Le Parti québécois | estimer"],
    );
}

#[test]
fn a_participle_goes_on_for_the_same_speaker() {
    check(
        "« Le gouvernement reculera », a déclaré le ministre, ajoutant que la décision serait une catastrophe.",
        &[
            "direct | Le gouvernement reculera | le ministre | déclarer",
            "indirect | la décision serait une catastrophe | le ministre | ajouter",
        ],
    );
}

#[test]
fn yes_and_no_are_no_speakers() {
    check(
        "Non, a répondu le ministre, la réforme ne sera pas retirée.",
        &["indirect | Non, a répondu le ministre, la réforme ne sera pas retirée | le ministre | répondre"],
    );
    check(
        "Oui, en précisant que le site fermera en mai.",
        &["indirect | le site fermera en mai |  | préciser"],
    );
}

#[test]
fn a_fronted_adverbial_is_not_the_speaker() {
    // The subject after an adverbial, with an apposition before the verb.
    check(
        "Répondant aux journalistes, le porte-parole du ministère, Mr Samuel Okafor, a annoncé que le site fermera.",
        &["indirect | le site fermera | le porte-parole du ministère | annoncer"],
    );
    check(
        "Interrogé par la presse, M. Roland Mercier, ministre de la santé, a souligné que la réforme sera votée.",
        &["indirect | la réforme sera votée | Roland Mercier | souligner"],
    );
    check(
        "Devant les militants, Luis Alberto Ortega, président du parti, a affirmé que le budget sera tenu.",
        &["indirect | le budget sera tenu | Luis Alberto Ortega | affirmer"],
    );
    // A first name in -ant is still a name.
    check(
        "Constant Dupont, président du club, a déclaré que le budget sera tenu.",
        &["indirect | le budget sera tenu | Constant Dupont | déclarer"],
    );
}

#[test]
fn incises_inside_and_around() {
    // Inside a quotation that the excerpt never closes.
    check(
        "« Nous ouvrirons 80 agences d'ici à 2031, affirme-t-il.",
        &["direct | Nous ouvrirons 80 agences d'ici à 2031, affirme-t-il. | il | affirmer"],
    );
    // In the middle of a sentence: the whole sentence is the content.
    check(
        "Il est courant, notent les enseignants, que les apprentis renoncent en juin.",
        &["indirect | Il est courant, notent les enseignants, que les apprentis renoncent en juin | les enseignants | noter"],
    );
    // « comme le dit X, … »
    check(
        "Comme le souligne la Cour des comptes, les dépenses des régions dépassent celles des départements.",
        &["indirect | les dépenses des régions dépassent celles des départements | la Cour des comptes | souligner"],
    );
    // Dates and a medium between the verb and its speaker.
    check(
        "Une cellule de crise sera ouverte, a annoncé jeudi 12 octobre dans un communiqué le ministre des transports.",
        &["indirect | Une cellule de crise sera ouverte | le ministre des transports | annoncer"],
    );
    // Sentences glued without a space.
    check(
        "Le PIB a augmenté de 5,4 %.Zhu a déclaré que l'inflation reprendrait en août.",
        &["indirect | l'inflation reprendrait en août | Zhu | déclarer"],
    );
}

#[test]
fn relative_clause_after_an_incise_reports_for_the_same_speaker() {
    check(
        "« Il faut que Renault cède ses filiales », souligne la CFDT qui précise que ses élus ont voté contre.",
        &[
            "direct | Il faut que Renault cède ses filiales | CFDT | souligner",
            "indirect | ses élus ont voté contre | CFDT | préciser",
        ],
    );
}

#[test]
fn an_object_after_the_verb_is_no_speaker() {
    // Coordinated verbs sharing their subject: no incise.
    check(
        "Le groupe a fermé deux usines en mai, a annoncé la fermeture du site de Lyon.",
        &[],
    );
    check(
        "Les ventes ont reculé de 3 % en mai, notent les enquêteurs.",
        &["indirect | Les ventes ont reculé de 3 % en mai | les enquêteurs | noter"],
    );
}

#[test]
fn gerund_opening_the_sentence_reports_for_the_main_subject() {
    check(
        "Rappelant que cette loi complète les arrêtés de 2004, M. Vautrin a précisé que les maires seraient consultés.",
        &[
            "indirect | cette loi complète les arrêtés de 2004 | Vautrin | rappeler",
            "indirect | les maires seraient consultés | Vautrin | préciser",
        ],
    );
}

#[test]
fn pronoun_in_a_relative_clause_is_the_sentence_subject() {
    let text = "Depuis que la startup DeepSeek a surpris le monde avec un modèle d’IA qu’elle affirme avoir construit à bas coût, tout a changé.";
    let c = run(text);
    let s = c[0].attribution.as_ref().unwrap().speaker.as_ref().unwrap();
    assert_eq!(
        (s.text.as_str(), s.canonical.as_deref()),
        ("elle", Some("DeepSeek"))
    );
}

#[test]
fn mixed_speech_is_one_claim() {
    check(
        "Tang Jie a déclaré que l’écart entre les modèles « pourrait s’élargir. »",
        &["mixed | l’écart entre les modèles « pourrait s’élargir. » | Tang Jie | déclarer"],
    );
    check(
        "Le passage aux modèles ouverts « a réduit les coûts », a déclaré Poe Zhao, analyste.",
        &["mixed | Le passage aux modèles ouverts « a réduit les coûts » | Poe Zhao | déclarer"],
    );
}

#[test]
fn according_to() {
    // People named by what they are or do, opening the sentence; not
    // « selon les cas ».
    check(
        "Selon les pessimistes, l'Italie ne parviendra pas à boucler son budget.",
        &["according_to | l'Italie ne parviendra pas à boucler son budget | les pessimistes | selon"],
    );
    check("Selon les cas, le délai varie de trois à cinq jours.", &[]);
    check(
        "Selon OpenRouter, les modèles fermés représentent encore environ 70 % des téléchargements.",
        &["according_to | les modèles fermés représentent encore environ 70 % des téléchargements | OpenRouter | selon"],
    );
    check(
        "Alibaba a publié plus de 400 modèles, selon l’entreprise.",
        &["according_to | Alibaba a publié plus de 400 modèles | l’entreprise | selon"],
    );
    check(
        "D'après le ministère chinois du Commerce, les investissements ont bondi.",
        &["according_to | les investissements ont bondi | le ministère chinois du Commerce | d'après"],
    );
    check(
        "Pour Yao, cependant, le plus grand défi pour la Chine est culturel.",
        &["according_to | le plus grand défi pour la Chine est culturel | Yao | pour"],
    );
    // « à en croire X », « aux yeux de X » (a person or a body, not a
    // text).
    check(
        "À en croire les associations d'usagers, les retards ont coûté 300 millions d'euros.",
        &["according_to | les retards ont coûté 300 millions d'euros | les associations d'usagers | à en croire"],
    );
    check(
        "Aux yeux du gouvernement, la mesure est indispensable.",
        &["according_to | la mesure est indispensable | gouvernement | aux yeux de"],
    );
    check("Aux yeux de la loi, il reste innocent.", &[]);
    check("Il a tout perdu aux yeux du monde.", &[]);
    // An organization named after what it is; not a bare body or a
    // country. A person's name after the role is not the content.
    check(
        "Pour la centrale IG Metall, la hausse des salaires est insuffisante.",
        &["according_to | la hausse des salaires est insuffisante | IG Metall | pour"],
    );
    check(
        "Pour l'entreprise, ce contrat représente 20 % du chiffre d'affaires.",
        &[],
    );
    check("Pour la France, l'enjeu est considérable.", &[]);
    check(
        "Pour le porte-parole de la CGT, Philippe Martin, le texte est inacceptable.",
        &["according_to | le texte est inacceptable | le porte-parole de la CGT | pour"],
    );
    check(
        "Selon la ministre, Mme Durand, le budget sera tenu.",
        &["according_to | le budget sera tenu | la ministre | selon"],
    );
    // Without a comma, a source that ends the sentence; not what varies
    // with something.
    check(
        "La croissance atteindra 3 % selon le FMI.",
        &["according_to | La croissance atteindra 3 % | FMI | selon"],
    );
    check(
        "La dette atteindrait 90 milliards d'après les chiffres du Trésor.",
        &["according_to | La dette atteindrait 90 milliards | les chiffres du Trésor | d'après"],
    );
    check("Les prix varient selon les régions.", &[]);
    check(
        "Le montant des bourses diffère donc selon les académies.",
        &[],
    );
    check("Les horaires se définissent selon l'entreprise.", &[]);
    // The participle that brings a date is not the source; a source
    // named after it (« par ») is kept whole.
    check(
        "D'après un sondage Ifop publié dimanche, 68 % des Français s'opposent au projet.",
        &["according_to | 68 % des Français s'opposent au projet | un sondage Ifop | d'après"],
    );
    check(
        "Selon une étude parue en mai, les ventes ont reculé de 4 %.",
        &["according_to | les ventes ont reculé de 4 % | une étude | selon"],
    );
    check(
        "Selon un rapport publié jeudi par l'OCDE, la croissance ralentira.",
        &["according_to | la croissance ralentira | un rapport publié jeudi par l'OCDE | selon"],
    );
    // Not sources.
    check(
        "Selon les cas, la somme varie beaucoup d'une année à l'autre.",
        &[],
    );
    check("Pour plus de nouvelles, créez un compte sur le site.", &[]);
}

#[test]
fn not_quotes() {
    // Titles, themes and terms in guillemets.
    check(
        "Le thème de la WAIC 2025, « Connectivité intelligente, avenir génératif », signale un changement.",
        &[],
    );
    check(
        "Des modèles « open-weight » sont publiés chaque semaine par les laboratoires.",
        &[],
    );
    // Inanimate subjects: the outlet's own statement.
    check("Cela signale que la Chine change de stratégie.", &[]);
    check("Ce changement confirme que le marché se retourne.", &[]);
}

#[test]
fn speakers_resolve_to_full_names() {
    let text = "« Moins de 20 % », a déclaré Justin Lin, responsable technique.\n\
        Tang Jie, fondateur de Z.ai, a déclaré que l’écart « pourrait s’élargir ».\n\
        « Nous devons reconnaître les défis », a-t-il déclaré.\n\
        « Nous sommes à court de ressources », a déclaré Lin d’Alibaba.\n\
        « Et nous le savons depuis longtemps déjà. »";
    let claims = run(text);
    let canon: Vec<String> = claims
        .iter()
        .filter_map(|c| c.attribution.as_ref()?.speaker.as_ref()?.canonical.clone())
        .collect();
    assert_eq!(
        canon,
        [
            "Justin Lin",
            "Tang Jie",
            "Tang Jie",
            "Justin Lin",
            "Justin Lin"
        ]
    );
}

#[test]
fn reporting_verb_forms() {
    for (text, lemma) in [
        ("Il ajoute que la production reprendra en mai.", "ajouter"),
        ("Elle avait affirmé que le contrat était signé.", "affirmer"),
        (
            "Les analystes prévoient que la croissance tombera à 4,5 %.",
            "prévoir",
        ),
        (
            "Le ministre n'a pas confirmé que l'usine fermerait.",
            "confirmer",
        ),
        ("« Tout va bien », ont-ils indiqué.", "indiquer"),
        (
            "Le porte-parole a fait savoir que la visite était annulée.",
            "faire savoir",
        ),
        (
            "La direction rappelle que les salaires sont gelés.",
            "rappeler",
        ),
        (
            "Le groupe a démenti que des licenciements soient prévus.",
            "démentir",
        ),
    ] {
        let claims = run(text);
        let lemmas: Vec<String> = claims
            .iter()
            .filter_map(|c| Some(c.attribution.as_ref()?.cue.as_ref()?.lemma.clone()))
            .collect();
        assert_eq!(lemmas, [lemma], "{text}");
    }
}

#[test]
fn negation_modality_and_scores() {
    let c = &run("Le groupe a démenti que des licenciements soient prévus.")[0];
    assert!(c.negated);
    let c = &run("Selon le rapport, la part de marché serait passée de 2,34 % à 6,58 %.")[0];
    assert!(c.modality.conditional);
    assert!(c.kind.contains(&frclaims_model::ClaimKind::Statistic));
    assert!(c.kind.contains(&frclaims_model::ClaimKind::Quote));
    let facts = run("Le PIB a augmenté de 5,4 % au premier trimestre.");
    assert_eq!(facts.len(), 1);
    assert!(facts[0].attribution.is_none() && facts[0].score >= 0.6);
    let opinion = run("Mais peut-être la réalité est-elle plus nuancée.");
    assert!(opinion.iter().all(|c| c.score < 0.3));
}

#[test]
fn never_panics_and_spans_stay_in_bounds() {
    for text in [
        "",
        "»",
        "« ",
        "a-t-il",
        "selon",
        "« » « » , a dit",
        "Selon X,",
        "\" \" \"",
        "d'après",
        ", a déclaré",
        "Il a dit que",
        "« Oui »\n»\n« non",
        // A quotation right after the verb, then one word that ends the
        // text: the test for a date after it looked past the last token.
        "Il a salué «bien»d",
        // An incise verb and one last word: the infinitive test looked past
        // the last token.
        ",assure a",
    ] {
        let n = text.chars().count();
        for c in run(text) {
            assert!(c.span.end <= n && c.span.start <= c.span.end, "{text}");
            assert!((0.0..=1.0).contains(&c.score));
        }
    }
}

#[test]
fn a_name_inside_the_quotation_is_no_antecedent() {
    let text =
        "Paul Dupont a pris la parole. « Jean Martin se trompe sur les chiffres », a-t-il déclaré.";
    let ent = |s: usize, e: usize| Entity {
        span: Span::new(s, e),
        text: text.chars().skip(s).take(e - s).collect(),
        label: Label::Per,
        kind: None,
        reference: None,
    };
    let entities = [ent(0, 11), ent(32, 43)];
    assert_eq!(entities[1].text, "Jean Martin");
    let doc = Document {
        text: text.into(),
        ..Document::default()
    };
    let claims = extract(&doc, &sentences(text), &[], &entities);
    let s = claims
        .iter()
        .find_map(|c| c.attribution.as_ref()?.speaker.as_ref())
        .unwrap();
    assert_eq!(s.canonical.as_deref(), Some("Paul Dupont"));
}

#[test]
fn a_relative_clause_between_commas_belongs_to_the_subject() {
    check(
        "Un responsable de la fédération, qui a requis l'anonymat, affirme qu'une procédure sera engagée.",
        &["indirect | une procédure sera engagée | Un responsable de la fédération | affirmer"],
    );
}

#[test]
fn a_source_keeps_its_acronym() {
    check(
        "Selon la Fédération européenne des éditeurs (FEE), 37 journaux ont fermé.",
        &["according_to | 37 journaux ont fermé | la Fédération européenne des éditeurs (FEE) | selon"],
    );
}

#[test]
fn a_parenthesis_closing_the_speaker_is_kept() {
    check(
        "La Caisse nationale d'assurance vieillesse (CNAV) estime que 800 000 personnes seraient concernées.",
        &["indirect | 800 000 personnes seraient concernées | La Caisse nationale d'assurance vieillesse (CNAV) | estimer"],
    );
}

/// A body described whose name closes the phrase, or a document's author,
/// gives the canonical name; not a body's part or member.
#[test]
fn a_body_named_at_the_end_of_its_description() {
    let cases = [
        (
            "Le fabricant américain de semi-conducteurs Nvidia a annoncé un chiffre d'affaires record.",
            "Nvidia",
            Some("Nvidia"),
        ),
        (
            "Les chiffres de la Bundesbank indiquent que la masse monétaire a augmenté.",
            "Bundesbank",
            Some("Bundesbank"),
        ),
        (
            "Un porte-parole de Danone a déclaré que les tarifs baisseraient.",
            "Danone",
            None,
        ),
    ];
    for (text, name, want) in cases {
        let got = labelled_speakers(text, &[(name, Label::Org)]);
        assert_eq!(got, [want.map(str::to_owned)], "{text}");
    }
}

/// A person described (« le Premier ministre ») and named in apposition
/// is resolved to the name, and a later pronoun to it as well; a name
/// further on is not an apposition.
#[test]
fn described_speakers_take_the_name_in_apposition() {
    let cases = [
        (
            "Le Premier ministre, François Bayrou, a annoncé que l'âge légal serait relevé. « Nous n'avons pas le choix », a-t-il déclaré.",
            "François Bayrou",
            vec![Some("François Bayrou"), Some("François Bayrou")],
        ),
        (
            "La ministre de la Culture, Rachida Dati, a affirmé que le budget serait maintenu.",
            "Rachida Dati",
            vec![Some("Rachida Dati")],
        ),
        (
            "« Le nombre d'annonces a chuté », précise sa directrice, Geneviève Prandi.",
            "Geneviève Prandi",
            vec![Some("Geneviève Prandi")],
        ),
        (
            "Le ministre de la Faune, des Forêts et des Parcs, Pierre Fitzgibbon, a salué un plan ambitieux.",
            "Pierre Fitzgibbon",
            vec![Some("Pierre Fitzgibbon")],
        ),
        (
            "« La dynamique est encourageante », a déclaré le directeur général de la Santé, le Pr Grégory Emery, lors d'un point presse.",
            "Grégory Emery",
            vec![Some("Grégory Emery")],
        ),
        (
            "Son avocat, Me Antoine Vey, a dénoncé un dossier construit sur des suppositions.",
            "Antoine Vey",
            vec![Some("Antoine Vey")],
        ),
        (
            "Le ministre a déclaré que Jean Martin serait nommé.",
            "Jean Martin",
            vec![None],
        ),
    ];
    for (text, name, want) in cases {
        let s = text.find(name).unwrap();
        let s = text[..s].chars().count();
        let e = s + name.chars().count();
        let entities = [Entity {
            span: Span::new(s, e),
            text: name.to_owned(),
            label: Label::Per,
            kind: None,
            reference: None,
        }];
        let doc = Document {
            text: text.into(),
            ..Document::default()
        };
        let claims = extract(&doc, &sentences(text), &[], &entities);
        let got: Vec<(Option<&str>, Option<usize>)> = claims
            .iter()
            .filter_map(|c| c.attribution.as_ref()?.speaker.as_ref())
            .map(|s| (s.canonical.as_deref(), s.entity))
            .collect();
        let want: Vec<(Option<&str>, Option<usize>)> =
            want.iter().map(|w| (*w, w.map(|_| 0))).collect();
        assert_eq!(got, want, "{text}");
    }
}

/// Runs the stage with entities at the given names (each the first
/// occurrence of its text; persons unless labelled) and gives each
/// speaker's canonical name.
fn canonical_speakers(text: &str, names: &[&str]) -> Vec<Option<String>> {
    labelled_speakers(
        text,
        &names.iter().map(|n| (*n, Label::Per)).collect::<Vec<_>>(),
    )
}

fn labelled_speakers(text: &str, names: &[(&str, Label)]) -> Vec<Option<String>> {
    let mut entities: Vec<Entity> = names
        .iter()
        .map(|&(name, label)| {
            let s = text[..text.find(name).unwrap()].chars().count();
            Entity {
                span: Span::new(s, s + name.chars().count()),
                text: name.to_owned(),
                label,
                kind: None,
                reference: None,
            }
        })
        .collect();
    entities.sort_by_key(|e| e.span.start);
    let doc = Document {
        text: text.into(),
        ..Document::default()
    };
    extract(&doc, &sentences(text), &[], &entities)
        .iter()
        .filter_map(|c| c.attribution.as_ref()?.speaker.as_ref())
        .map(|s| s.canonical.clone())
        .collect()
}

#[test]
fn a_pronoun_stands_for_the_subject_of_its_sentence() {
    let got = canonical_speakers(
        "L'économiste Ndongo Samba Sylla, chercheur à la fondation Rosa Luxemburg, se montre sceptique : il estime que la réforme échouera.",
        &["Ndongo Samba Sylla", "Rosa Luxemburg"],
    );
    assert_eq!(got, [Some("Ndongo Samba Sylla".to_owned())]);
    // After a source (« Selon X, »), the most recent name as before.
    let got = canonical_speakers(
        "Paul Martin a rencontré Jean Dupont. Selon Marie Curie, il a affirmé que tout irait bien.",
        &["Paul Martin", "Jean Dupont", "Marie Curie"],
    );
    assert_eq!(got.last(), Some(&Some("Marie Curie".to_owned())));
    // Opening its sentence, it stands for the subject of the sentence
    // before, not for a name later in it.
    let got = canonical_speakers(
        "Julien Ferracci a plaidé l'acquittement de Mehdi Lakhal. Il a affirmé que son client n'avait jamais été informé.",
        &["Julien Ferracci", "Mehdi Lakhal"],
    );
    assert_eq!(got, [Some("Julien Ferracci".to_owned())]);
    // But not over a name of its own sentence.
    let got = canonical_speakers(
        "Julien Ferracci a plaidé l'acquittement. Pour Mehdi Lakhal, il a affirmé que tout irait bien.",
        &["Julien Ferracci", "Mehdi Lakhal"],
    );
    assert_eq!(got.last(), Some(&Some("Mehdi Lakhal".to_owned())));
}

#[test]
fn a_pronoun_stands_for_a_person_described_at_the_start_of_a_sentence() {
    let got = canonical_speakers(
        "« Le feu est parti du rez-de-chaussée », a expliqué le commandant Pierre Lefèvre. Le ministre de l'Intérieur s'est rendu sur place. Il a promis que « toute la lumière serait faite ».",
        &["Pierre Lefèvre"],
    );
    assert_eq!(
        got,
        [
            Some("Pierre Lefèvre".to_owned()),
            Some("Le ministre de l'Intérieur".to_owned())
        ]
    );
    // Not one named in apposition: the name is the person.
    let got = canonical_speakers(
        "Le Premier ministre, François Bayrou, a annoncé la réforme. Il a déclaré qu'elle était nécessaire.",
        &["François Bayrou"],
    );
    assert_eq!(got.last(), Some(&Some("François Bayrou".to_owned())));
    // A head noun of two words, an elided article.
    let got = canonical_speakers(
        "Le Premier ministre s'est rendu sur place. Il a promis que « toute la lumière serait faite ». L'avocate de la famille a plaidé. Elle a estimé que le dossier était vide.",
        &[],
    );
    assert_eq!(
        got,
        [
            Some("Le Premier ministre".to_owned()),
            Some("L'avocate de la famille".to_owned())
        ]
    );
}

#[test]
fn a_speaker_is_named_by_its_entity() {
    // Without the title.
    let got = canonical_speakers(
        "Selon Mme Samia Ghali, l'immeuble faisait l'objet d'un arrêté de péril.",
        &["Samia Ghali"],
    );
    assert_eq!(got, [Some("Samia Ghali".to_owned())]);
    // The entity's longer name.
    let got = labelled_speakers(
        "Le Haut Conseil pour le climat a estimé que la France devait accélérer.",
        &[("Haut Conseil pour le climat", Label::Org)],
    );
    assert_eq!(got, [Some("Haut Conseil pour le climat".to_owned())]);
}

#[test]
fn speakers_use_the_entities_stage() {
    let text = "« Nous sommes prêts », a déclaré Justin Lin. « Nous irons vite », a-t-il ajouté.";
    let ent = |s: usize, e: usize, label| Entity {
        span: Span::new(s, e),
        text: text.chars().skip(s).take(e - s).collect(),
        label,
        kind: None,
        reference: None,
    };
    let entities = [ent(33, 43, Label::Per)];
    assert_eq!(entities[0].text, "Justin Lin");
    let doc = Document {
        text: text.into(),
        ..Document::default()
    };
    let claims = extract(&doc, &sentences(text), &[], &entities);
    let got: Vec<(Option<usize>, Option<String>)> = claims
        .iter()
        .filter_map(|c| c.attribution.as_ref()?.speaker.as_ref())
        .map(|s| (s.entity, s.canonical.clone()))
        .collect();
    assert_eq!(
        got,
        [
            (Some(0), Some("Justin Lin".to_owned())),
            (Some(0), Some("Justin Lin".to_owned()))
        ]
    );
    assert!(claims
        .iter()
        .all(|c| c.entities == [0] || c.entities.is_empty()));
}

/// Random French-looking texts built from tricky pieces never panic and
/// always give spans inside the text, sorted.
#[test]
fn random_texts_never_panic() {
    const PIECES: [&str; 52] = [
        "Rappelant",
        "qu'",
        "comme l'a",
        "a-t-elle ajouté",
        "selon lui",
        "Pour",
        "ce dernier",
        "il y a",
        "aujourd'hui",
        ".Selon",
        "IA.",
        "dans un communiqué",
        "«",
        "»",
        "“",
        "”",
        "\"",
        ",",
        ".",
        ":",
        ";",
        "?",
        "!",
        "-",
        "–",
        "(",
        ")",
        "'",
        "’",
        "\n",
        " ",
        "a-t-il",
        "a déclaré",
        "selon",
        "d'après",
        "Pour",
        "que",
        "qu'",
        "Justin Lin",
        "il",
        "elle",
        "même",
        "M.",
        "comme le",
        "dit",
        "ont-ils indiqué",
        "le ministre",
        "20 %",
        "en 2025",
        "Cela signale",
        "a fait savoir",
        "annonce",
    ];
    let mut next = xorshift(0x2545_f491_4f6c_dd1d);
    let rounds: usize = std::env::var("FRCLAIMS_FUZZ_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3000);
    for _ in 0..rounds {
        let mut text = String::new();
        let n = (next() % 24) as usize;
        for _ in 0..n {
            let seed = next();
            text.push_str(PIECES[(seed % PIECES.len() as u64) as usize]);
            if seed % 3 == 0 {
                text.push(' ');
            }
        }
        let len = text.chars().count();
        let claims = run(&text);
        let mut prev = Span::new(0, 0);
        for c in &claims {
            assert!(c.span.start <= c.span.end && c.span.end <= len, "{text:?}");
            assert!(
                (c.span.start, c.span.end) >= (prev.start, prev.end),
                "{text:?}"
            );
            prev = c.span;
            if let Some(a) = &c.attribution {
                assert!(
                    a.content.end <= len && a.content.start <= a.content.end,
                    "{text:?}"
                );
            }
        }
    }
}

/// The speaker kind of the only reported claim of `input`.
fn speaker_kind_of(input: &str) -> Option<SpeakerKind> {
    let claims = run(input);
    let a = claims.iter().find_map(|c| c.attribution.as_ref())?;
    Some(a.speaker.as_ref()?.kind)
}

#[test]
fn speaker_kinds() {
    for (input, kind) in [
        (
            "« Tout va bien », a déclaré Paul Dupont.",
            SpeakerKind::Person,
        ),
        (
            "Le gouvernement a annoncé que la réforme serait votée en mai.",
            SpeakerKind::Organization,
        ),
        (
            "Selon Reuters, la fusion sera annoncée lundi.",
            SpeakerKind::Media,
        ),
        (
            "Selon le Global Carbon Project, les émissions ont progressé de 0,8 %.",
            SpeakerKind::Organization,
        ),
        (
            "Selon un rapport publié en mars, les ventes ont doublé.",
            SpeakerKind::Document,
        ),
        (
            "Les analystes prévoient que la croissance tombera à 4,5 %.",
            SpeakerKind::Group,
        ),
        (
            "Selon des sources proches du dossier, l'accord est prêt.",
            SpeakerKind::Anonymous,
        ),
        (
            "Un ancien haut fonctionnaire a affirmé que 100 projets étaient en cours.",
            SpeakerKind::Anonymous,
        ),
    ] {
        assert_eq!(speaker_kind_of(input), Some(kind), "{input}");
    }
}

#[test]
fn medium_is_kept() {
    let text = "Le ministère a indiqué dans un communiqué que les prix baisseraient.";
    let c = run(text);
    let a = c[0].attribution.as_ref().unwrap();
    assert_eq!(
        a.medium.as_ref().map(|m| m.text.as_str()),
        Some("dans un communiqué")
    );
    let text = "« La hausse est durable », a déclaré Zhu à la presse.";
    let c = run(text);
    assert_eq!(
        describe(&c[0], text).unwrap(),
        "direct | La hausse est durable | Zhu | déclarer"
    );
    let a = c[0].attribution.as_ref().unwrap();
    assert_eq!(
        a.medium.as_ref().map(|m| m.text.as_str()),
        Some("à la presse")
    );
    let text = "« C'est une réforme injuste », a dénoncé Laurent Berger sur France Inter.";
    let c = run(text);
    let a = c[0].attribution.as_ref().unwrap();
    assert_eq!(
        a.medium.as_ref().map(|m| m.text.as_str()),
        Some("sur France Inter")
    );
    // « sur » before « que »: a medium only when it names one.
    for (text, medium) in [
        (
            "La ministre a jugé mardi sur France Inter que rien ne justifie ces suppressions.",
            Some("sur France Inter"),
        ),
        (
            "Il a déclaré sur son compte X que la réforme passerait.",
            Some("sur son compte X"),
        ),
        (
            "Elle a affirmé sur les réseaux sociaux que le projet était abandonné.",
            Some("sur les réseaux sociaux"),
        ),
        (
            "Il a insisté sur le fait que rien ne justifie ces suppressions.",
            None,
        ),
    ] {
        let c = run(text);
        let a = c[0].attribution.as_ref().expect(text);
        assert_eq!(a.medium.as_ref().map(|m| m.text.as_str()), medium, "{text}");
    }
}

#[test]
fn continuation_quotes_take_the_previous_speaker() {
    check(
        "« Le marché ralentit », a déclaré Poe Zhao, analyste.\n« Les fournisseurs de cloud utilisent des modèles ouverts pour stimuler l’adoption. »",
        &[
            "direct | Le marché ralentit | Poe Zhao | déclarer",
            "direct | Les fournisseurs de cloud utilisent des modèles ouverts pour stimuler l’adoption. | Poe Zhao | ",
        ],
    );
    // A quotation followed by a verb the lexicon lacks is no continuation.
    check(
        "« Le marché ralentit », a déclaré Poe Zhao.\n« Nous ne pouvons pas accepter un tel montant », a bafouillé la ministre.",
        &["direct | Le marché ralentit | Poe Zhao | déclarer"],
    );
    // No speaker before: not a claim of anyone.
    check(
        "« Les fournisseurs de cloud utilisent des modèles ouverts. »",
        &[],
    );
    // After a colon, the person before it.
    check(
        "Jean Dupont est formel : « Les prix baisseront dès le mois de mars prochain. »",
        &["direct | Les prix baisseront dès le mois de mars prochain. | Jean Dupont | :"],
    );
    // A person named by a role noun too.
    check(
        "Le ministre a été clair : « Il faudra faire des économies dès cette année. »",
        &["direct | Il faudra faire des économies dès cette année. | Le ministre | :"],
    );
    // A theme after a colon is no quotation.
    check(
        "- 2023 : « Connectivité intelligente, avenir génératif » – Axé sur les grands modèles.",
        &[],
    );
}

#[test]
fn questions_hedges_and_captions_score_low() {
    let score_of = |t: &str| run(t).iter().map(|c| c.score).fold(0.0, f64::max);
    let fact = score_of("En janvier, Z.ai et MiniMax ont levé respectivement 560 millions de dollars et 620 millions de dollars.");
    let question = score_of("La Chine peut-elle vraiment atteindre une souveraineté complète en intelligence artificielle ?");
    let caption = score_of(
        "Des robots trient des colis dans un parc logistique à Huzhou, le 5 février 2024. - Xie Shangguo/VCG/Getty Images",
    );
    let hedge =
        score_of("Mais peut-être la réalité est-elle plus nuancée que ce que disent les experts.");
    assert!(fact >= 0.6, "{fact}");
    assert!(question < 0.25 && hedge < 0.3, "{question} {hedge}");
    assert!(caption < 0.3, "{caption}");
    let c = &run("La Chine peut-elle vraiment atteindre une souveraineté complète ?");
    assert!(c.iter().all(|c| c.attribution.is_none()));
}

/// Entities and numbers from other stages are trusted for nothing: spans
/// out of range or unsorted do not panic.
#[test]
fn odd_entities_and_numbers_do_not_panic() {
    let text =
        "« Le PIB a augmenté de 5 % », a déclaré Justin Lin. Il a ajouté que tout allait bien.";
    let doc = Document {
        text: text.into(),
        ..Document::default()
    };
    let entities = [
        Entity {
            span: Span::new(500, 510),
            text: "x".into(),
            label: Label::Per,
            kind: None,
            reference: Some(99),
        },
        Entity {
            span: Span::new(41, 51),
            text: "Justin Lin".into(),
            label: Label::Per,
            kind: None,
            reference: Some(0),
        },
    ];
    let numbers = [Number {
        span: Span::new(400, 401),
        text: "5".into(),
        dim: frclaims_model::Dim::Percent,
        value: frclaims_model::Value::Num(5.0),
        unit: None,
        approx: false,
        grain: None,
    }];
    let claims = extract(&doc, &sentences(text), &numbers, &entities);
    assert_eq!(claims.iter().filter(|c| c.attribution.is_some()).count(), 2);
}

/// The split of glued sentences as first written: one pass over the
/// characters of the sentence, kept to check the faster one against.
fn unglue_reference(text: &str, s: Sentence, out: &mut Vec<Sentence>) {
    let chars: Vec<char> = text.chars().collect();
    let mut start = 0;
    let mut word = 0;
    let mut upper = 0;
    for i in 0..chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let prev = if i > 0 { chars[i - 1] } else { ' ' };
        let long_word = word >= 3 || (word == 2 && upper == 2);
        let boundary = matches!(c, '.' | '!' | '?')
            && next.is_some_and(|n| n.is_uppercase() || n == '«' || n == '“')
            && (long_word || matches!(prev, '»' | '”' | ')' | '%' | ' ') || prev.is_ascii_digit())
            && !(c == '.' && prev == ' ');
        if boundary {
            out.push(Sentence {
                span: Span::new(s.span.start + start, s.span.start + i + 1),
                paragraph: s.paragraph,
            });
            start = i + 1;
        }
        if c.is_alphabetic() {
            word += 1;
            upper += usize::from(c.is_uppercase());
        } else {
            word = 0;
            upper = 0;
        }
    }
    if start < chars.len() {
        out.push(Sentence {
            span: Span::new(s.span.start + start, s.span.end),
            paragraph: s.paragraph,
        });
    }
}

#[test]
fn unglue_splits_as_the_reference_does() {
    let alphabet: Vec<char> = "aAbZéÉçÇ .!?«“»”)%1 ’'-ªµ".chars().collect();
    let mut next = xorshift(0x9e37_79b9_7f4a_7c15);
    let mut cases: Vec<String> = vec![
        "Il pleut en juin.La prévision est bonne.".into(),
        "« C'est réel ».Zhu a déclaré d'IA.Selon lui, M.Dupont et J.-C. Martin.".into(),
        String::new(),
        ".A".into(),
    ];
    for _ in 0..3000 {
        let n = (next() % 30) as usize;
        cases.push(
            (0..n)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect(),
        );
    }
    for t in &cases {
        let n = t.chars().count();
        let s = Sentence {
            span: Span::new(7, 7 + n),
            paragraph: 2,
        };
        let (mut want, mut got) = (Vec::new(), Vec::new());
        unglue_reference(t, s, &mut want);
        unglue(t, s, &mut got);
        let spans = |v: &[Sentence]| v.iter().map(|s| (s.span, s.paragraph)).collect::<Vec<_>>();
        assert_eq!(spans(&got), spans(&want), "{t:?}");
    }
}

/// Quotation pairing as first written (over a vector of characters), kept
/// to check the one-pass version against.
mod quotes_reference {
    use crate::text::Quote;
    use frclaims_model::Span;

    fn is_open(c: char) -> bool {
        c == '«' || c == '“'
    }

    pub(super) fn quotes(text: &str) -> Vec<Quote> {
        let chars: Vec<char> = text.chars().collect();
        let n = chars.len();
        let mut out = Vec::new();
        let mut para_start = 0;
        let mut open: Option<(usize, char)> = None;
        let mut depth = 0usize;
        let mut straight: Option<usize> = None;
        let mut i = 0;
        while i < n {
            let c = chars[i];
            match c {
                '\n' => {
                    if let Some((o, mark)) = open {
                        if !(mark == '«' && continues(&chars, i + 1)) {
                            push(&mut out, &chars, o, i, false);
                            open = None;
                            depth = 0;
                        }
                    }
                    straight = None;
                    para_start = i + 1;
                }
                '«' | '“' => match open {
                    None => {
                        open = Some((i, c));
                        depth = 0;
                    }
                    Some((_, mark)) => {
                        // « at the start of a paragraph inside an open quote
                        // continues it; otherwise it nests.
                        let at_para_start = chars[para_start..i].iter().all(|c| c.is_whitespace());
                        if !(mark == '«' && c == '«' && at_para_start) {
                            depth += 1;
                        }
                    }
                },
                '»' | '”' => match open {
                    // « » » opening a later paragraph marks the continuation
                    // of the quotation (an older typographic convention).
                    Some((o, '«'))
                        if c == '»'
                            && o < para_start
                            && chars[para_start..i].iter().all(|c| c.is_whitespace()) => {}
                    Some((o, mark)) => {
                        if depth > 0 {
                            depth -= 1;
                        } else if (mark == '«') == (c == '»') {
                            push(&mut out, &chars, o, i, true);
                            open = None;
                        }
                    }
                    None if c == '»' => {
                        // Closing mark with no opening one: the quote started
                        // at the paragraph start (the « was elsewhere).
                        let s = para_start;
                        if chars[s..i].iter().any(|c| c.is_alphanumeric())
                            && !out.iter().any(|q: &Quote| q.outer.end > s)
                        {
                            push_implicit(&mut out, &chars, s, i);
                        }
                    }
                    None => {}
                },
                '"' if open.is_none() => match straight {
                    None => straight = Some(i),
                    Some(o) => {
                        push(&mut out, &chars, o, i, true);
                        straight = None;
                    }
                },
                _ => {}
            }
            i += 1;
        }
        if let Some((o, _)) = open {
            push(&mut out, &chars, o, n, false);
        }
        // Sorted and without overlaps, for binary searches.
        out.sort_by_key(|q| (q.outer.start, q.outer.end));
        let mut kept: Vec<Quote> = Vec::with_capacity(out.len());
        for q in out {
            if kept.last().is_none_or(|l| l.outer.end <= q.outer.start) {
                kept.push(q);
            }
        }
        kept
    }

    /// The paragraph starting at `from` continues an open « quote: it starts
    /// with «, or it has a » before any « or “.
    fn continues(chars: &[char], from: usize) -> bool {
        let mut j = from;
        while j < chars.len() && chars[j].is_whitespace() {
            j += 1;
        }
        if j < chars.len() && (chars[j] == '«' || chars[j] == '»') {
            // « » » at the start may also close a one-line continuation; the
            // quotation goes on either way.
            return true;
        }
        for &c in &chars[j..] {
            if c == '\n' {
                return false;
            }
            if is_open(c) {
                return false;
            }
            if c == '»' {
                return true;
            }
        }
        false
    }

    fn trim(chars: &[char], mut s: usize, mut e: usize) -> (usize, usize) {
        while s < e && (chars[s].is_whitespace() || chars[s] == '«') {
            s += 1;
        }
        while e > s && (chars[e - 1].is_whitespace() || chars[e - 1] == '»') {
            e -= 1;
        }
        (s, e)
    }

    fn word_count(chars: &[char]) -> usize {
        let mut n = 0;
        let mut inw = false;
        for &c in chars {
            let w = c.is_alphanumeric();
            if w && !inw {
                n += 1;
            }
            inw = w;
        }
        n
    }

    fn push(out: &mut Vec<Quote>, chars: &[char], open: usize, close: usize, closed: bool) {
        let (s, e) = trim(chars, open + 1, close);
        if s >= e {
            return;
        }
        let end = if closed { close + 1 } else { e };
        out.push(Quote {
            outer: Span::new(open, end),
            inner: Span::new(s, e),
            words: word_count(&chars[s..e]),
        });
    }

    fn push_implicit(out: &mut Vec<Quote>, chars: &[char], start: usize, close: usize) {
        let (s, e) = trim(chars, start, close);
        if s >= e {
            return;
        }
        out.push(Quote {
            outer: Span::new(s, close + 1),
            inner: Span::new(s, e),
            words: word_count(&chars[s..e]),
        });
    }
}

#[test]
fn quotes_pair_as_the_reference_does() {
    let alphabet: Vec<char> = "ab Zé\n\n«»“”\"\"«» ,.1’\u{a0}".chars().collect();
    let mut next = xorshift(0x1234_5678_9abc_def1);
    let mut cases: Vec<String> = vec![
        "« Premier paragraphe.\n« Second paragraphe. », a-t-il dit.".into(),
        "Notre avenir se joue ici », note Michel Vautrin.\nUn » deux ».".into(),
        "« Premier paragraphe.\n» Second paragraphe. », dit-il.".into(),
        "« Pas fermé\nAutre paragraphe. « a « b » c ».".into(),
    ];
    for _ in 0..5000 {
        let n = (next() % 40) as usize;
        cases.push(
            (0..n)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect(),
        );
    }
    for t in &cases {
        assert_eq!(
            text::quotes(t, &Tokens::new(t)),
            quotes_reference::quotes(t),
            "{t:?}"
        );
    }
}

/// Texts to check the fast paths against their references: the corpus,
/// and random strings over pieces that stress them (ASCII runs across
/// eight-byte boundaries, long words, accents, marks, characters whose
/// lowercase is longer).
fn stress_texts(seed: u64, count: usize) -> Vec<String> {
    const PIECES: [&str; 40] = [
        "a",
        "B",
        "z",
        "Z",
        "0",
        "9",
        "@",
        "[",
        "`",
        "{",
        " ",
        "  ",
        "\n",
        "\t",
        ".",
        ",",
        "-",
        "/",
        "\"",
        "'",
        "é",
        "É",
        "à",
        "Ç",
        "ù",
        "’",
        "«",
        "»",
        "“",
        "”",
        "\u{a0}",
        "\u{23a}",
        "İ",
        "ß",
        "中文",
        "😀",
        "abcdefgh",
        "ABCDEFGHIJKLMNOPQRST",
        "rait",
        "déclaraient",
    ];
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let mut out: Vec<String> = std::fs::read_dir(corpus)
        .map(|d| {
            d.filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
                .collect()
        })
        .unwrap_or_default();
    let mut next = xorshift(seed);
    for _ in 0..count {
        let n = (next() % 60) as usize;
        out.push(
            (0..n)
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect(),
        );
    }
    out
}

#[test]
fn tokenizer_matches_the_reference() {
    for t in &stress_texts(0x2545_f491_4f6c_dd1d, 20_000) {
        let (got, want) = (Tokens::new(t), Tokens::reference(t));
        assert_eq!(got.folded, want.folded, "{t:?}");
        assert_eq!(got.toks, want.toks, "{t:?}");
    }
}

#[test]
fn char_index_answers_as_the_model_does() {
    let mut texts = stress_texts(0x9e37_79b9_7f4a_7c15, 5_000);
    // Blocks of few and of many wide characters (read in order, or
    // searched).
    texts.push("é".repeat(700) + &"ab ".repeat(300) + &"日本語 «x» ".repeat(90));
    texts.push("a".repeat(255) + "é" + &"b€".repeat(400));
    for t in &texts {
        let tk = Tokens::new(t);
        let (got, want) = (text::CharIndex::new(t, &tk), TextIndex::new(t));
        assert_eq!(got.char_len(), want.char_len(), "{t:?}");
        for ch in 0..want.char_len() + 3 {
            assert_eq!(got.byte_of(ch), want.byte_of(ch), "{t:?} {ch}");
        }
    }
}

/// The phrase bits the tokenizer stores equal what testing every phrase
/// of the token's group finds (with the whole text after it).
#[test]
fn stored_phrase_bits_match_the_phrases() {
    let lex = &*crate::lexicon::LEXICON;
    let mut texts = stress_texts(0x1357_9bdf_2468_ace0, 500);
    texts.extend(lex.signals.iter().map(|(p, _, _)| {
        let t = p.join(" ");
        format!("Le {t} et {t}ent, {t}")
    }));
    for t in &texts {
        let tk = Tokens::new(t);
        for (i, tok) in tk.toks.iter().enumerate() {
            if tok.multi == u16::MAX {
                continue;
            }
            let want = lex.signal_index.multi_bits(tok.multi, 0, |j| {
                (i + 1 + j < tk.toks.len()).then(|| tk.t(i + 1 + j))
            });
            assert_eq!(tok.mbits, want, "{t:?} {i}");
        }
    }
}

/// Sentence token ranges found one after the other are the ranges found
/// one by one.
#[test]
fn ranges_match_range() {
    let mut texts = stress_texts(0x5eed_1234, 300);
    texts.extend(frclaims_benchdata::articles());
    for t in &texts {
        let tk = Tokens::new(t);
        let n = t.chars().count();
        let mut spans: Vec<Span> = sentences(t).iter().map(|s| s.span).collect();
        // Overlapping and nested spans too, sorted by start.
        let mut next = frclaims_benchdata::xorshift(n as u64 + 1);
        for _ in 0..20 {
            let a = (next() as usize) % (n + 1);
            let b = a + (next() as usize) % (n + 1 - a);
            spans.push(Span::new(a, b));
        }
        spans.sort_by_key(|s| (s.start, s.end));
        let want: Vec<_> = spans.iter().map(|&s| tk.range(s)).collect();
        assert_eq!(tk.ranges(spans.iter().copied()), want, "{t:?}");
    }
}

/// Media names found from their first word are the ones a comparison
/// with every name finds (what `name_kind` did before).
#[test]
fn media_names_by_first_word() {
    let lex = &*crate::lexicon::LEXICON;
    let every = |words: &[&str]| {
        lex.media_words
            .iter()
            .any(|m| !m.is_empty() && words.windows(m.len()).any(|w| w.iter().eq(m.iter())))
    };
    let by_first = |words: &[&str]| {
        words.iter().enumerate().any(|(i, w)| {
            lex.media_first.get(*w).is_some_and(|ks| {
                ks.iter().any(|&k| {
                    let m = &lex.media_words[k];
                    words.len() - i >= m.len() && words[i..i + m.len()].iter().eq(m.iter())
                })
            })
        })
    };
    let mut pool: Vec<&str> = lex
        .media_words
        .iter()
        .flatten()
        .map(String::as_str)
        .collect();
    pool.extend(["le", "la", "de", "journal", "radio", "x"]);
    let mut next = frclaims_benchdata::xorshift(99);
    for _ in 0..20_000 {
        let n = (next() % 6) as usize;
        let words: Vec<&str> = (0..n)
            .map(|_| pool[(next() as usize) % pool.len()])
            .collect();
        assert_eq!(by_first(&words), every(&words), "{words:?}");
    }
    for m in &lex.media_words {
        let mut words = vec!["selon"];
        words.extend(m.iter().map(String::as_str));
        assert_eq!(by_first(&words), every(&words), "{words:?}");
    }
}

/// « Comme le rappelle X, content »: the speaker may be followed by a
/// phrase of place or time.
#[test]
fn comme_le_rappelle_x() {
    check(
        "Comme l'a rappelé la commissaire Ylva Johansson devant la commission LIBE, plus de 2 500 personnes sont mortes.",
        &["indirect | plus de 2 500 personnes sont mortes | Ylva Johansson | rappeler"],
    );
}

/// « laisser entendre que » reports, as « faire savoir que ».
#[test]
fn laisser_entendre() {
    check(
        "Le ministre a laissé entendre que le gouvernement pourrait alléger l'impôt.",
        &["indirect | le gouvernement pourrait alléger l'impôt | Le ministre | laisser entendre"],
    );
}

/// A time relative to the day of writing, and an audience, stand between
/// the verb and « que ».
#[test]
fn a_relative_time_between_the_verb_and_que() {
    check(
        "M. Trichet avait indiqué la semaine dernière devant les sénateurs qu'une baisse ne serait pas opportune.",
        &["indirect | une baisse ne serait pas opportune | Trichet | indiquer"],
    );
    check(
        "Le syndicat a affirmé ce matin que la grève continuerait.",
        &["indirect | la grève continuerait | Le syndicat | affirmer"],
    );
    check(
        "D'après un courtier parisien, « le marché a déjà intégré une baisse ».",
        &["mixed | « le marché a déjà intégré une baisse » | un courtier parisien | d'après"],
    );
}

/// What follows « de » is the content of « se targuer de », « faire état
/// de », « faire part de ».
#[test]
fn a_complement_after_de() {
    check(
        "Hélène Marchal se targue d'offrir des tarifs imbattables.",
        &["indirect | offrir des tarifs imbattables | Hélène Marchal | se targuer"],
    );
    check(
        "La presse de Dakar fait régulièrement état de pénuries d'eau.",
        &["indirect | pénuries d'eau | La presse de Dakar | faire état"],
    );
    check(
        "Le ministre a fait part de son inquiétude.",
        &["indirect | son inquiétude | Le ministre | faire part"],
    );
}

/// Complements listed with « à » before an apposed name belong to the
/// description; a place after a comma does not.
#[test]
fn complements_listed_with_a() {
    let got = canonical_speakers(
        "Le ministre délégué au tourisme, à la pêche et à la montagne, M. Lucien Garnier, a assuré que les prix baisseraient.",
        &["Lucien Garnier"],
    );
    assert_eq!(got, [Some("Lucien Garnier".to_owned())]);
    check(
        "Le ministre, à Paris, a déclaré que la réforme était prête.",
        &["indirect | la réforme était prête | Le ministre | déclarer"],
    );
}

/// A clitic before the verb is no part of the subject that a gerund
/// reports for.
#[test]
fn a_clitic_ends_the_subject_of_a_gerund() {
    check(
        "Le ministre s'est fait applaudir en déclarant que la révolution continuait.",
        &["indirect | la révolution continuait | Le ministre | déclarer"],
    );
    check(
        "M. Obama n'a donné aucun détail, déclarant que tout irait bien.",
        &["indirect | tout irait bien | Obama | déclarer"],
    );
}

/// « des déclarations de X selon lesquelles content »: the noun phrase
/// before is the source; not a subject's relative clause.
#[test]
fn selon_lequel() {
    check(
        "L'action a souffert des déclarations de M. Henri Marchal selon lesquelles la firme cherchait un acheteur.",
        &["according_to | la firme cherchait un acheteur | Henri Marchal | selon"],
    );
    check(
        "Une étude de l'Insee selon laquelle le chômage baisse a été publiée.",
        &[],
    );
    // A comma before « selon lequel »; « du » brings a complement: the
    // outermost noun phrase that names a source, else the complement.
    check(
        "Le ministre a cité l'Insee, selon lequel le chômage a reculé de 0,4 point.",
        &["according_to | le chômage a reculé de 0,4 point | Insee | selon"],
    );
    check(
        "Le juge a retenu la version du témoin, selon laquelle l'accusé était armé.",
        &["according_to | l'accusé était armé | témoin | selon"],
    );
}

/// « Les travaux, selon le maire, seront finis »: a noun phrase before the
/// source is the clause's subject (the whole clause is the content), not
/// an opening like « Ainsi, ». « A en croire » with an unaccented capital.
/// A relative clause on a preposed source is skipped.
#[test]
fn a_source_inside_its_clause() {
    check(
        "Les travaux, à en croire le maire, seront terminés avant l'été.",
        &["according_to | Les travaux, à en croire le maire, seront terminés avant l'été | le maire | à en croire"],
    );
    check(
        "Les loyers, d'après l'observatoire, ont augmenté de 4 %.",
        &["according_to | Les loyers, d'après l'observatoire, ont augmenté de 4 % | l'observatoire | d'après"],
    );
    check(
        "Ainsi, selon le syndicat, 300 postes seront supprimés.",
        &["according_to | 300 postes seront supprimés | le syndicat | selon"],
    );
    check(
        "A en croire le maire, les travaux seront terminés avant l'été.",
        &["according_to | les travaux seront terminés avant l'été | le maire | à en croire"],
    );
    check("Il a en croire ses proches de bonnes raisons.", &[]);
    check(
        "Selon le maire, qui cite les chiffres de la préfecture, 2 000 personnes ont défilé.",
        &["according_to | 2 000 personnes ont défilé | le maire | selon"],
    );
    // After « que, », the content starts after the comma.
    check(
        "Le ministre a rappelé que, selon l'Insee, le chômage a baissé.",
        &["indirect | selon l'Insee, le chômage a baissé | Le ministre | rappeler"],
    );
}

/// Review probes: an incise after « a, » is an incise; « veut dire »
/// means; « on peut dire » is the writer's; « selon les montants » is no
/// source.
#[test]
fn review_probes() {
    check(
        "Il y a, dit-il, 300 problèmes dans ce dossier.",
        &["indirect | Il y a, dit-il, 300 problèmes dans ce dossier | il | dire"],
    );
    check(
        "Ce chiffre veut dire que les prix vont encore augmenter.",
        &[],
    );
    check("On peut dire que les prix ont augmenté.", &[]);
    check("Selon les montants, la taxe varie fortement.", &[]);
}

#[test]
fn a_source_skips_only_a_real_participle_phrase() {
    check(
        "Selon le ministre, plus de 300 personnes ont été arrêtées, dont 20 mineurs.",
        &["according_to | plus de 300 personnes ont été arrêtées, dont 20 mineurs | le ministre | selon"],
    );
    check(
        "D'après la préfète, tous les axes sont coupés, sauf la nationale.",
        &["according_to | tous les axes sont coupés, sauf la nationale | la préfète | d'après"],
    );
    check(
        "Selon le syndicat, mais aussi selon la direction, la grève est terminée.",
        &["according_to | la grève est terminée | le syndicat | selon"],
    );
    check(
        "D'après l'expert, entendu dans l'après-midi, le feu a pris dans la cuisine.",
        &["according_to | le feu a pris dans la cuisine | l'expert | d'après"],
    );
}

#[test]
fn an_impersonal_il_is_no_speaker() {
    check(
        "Le maire est arrivé en retard.\nRappelant que la loi est claire, il faut agir vite.",
        &[],
    );
    check(
        "Le maire est arrivé en retard.\nConstatant que les prix montent, il convient d'agir.",
        &[],
    );
    check(
        "Le maire est arrivé en retard.\nAvant de conclure que le projet est mort, il faut attendre.",
        &[],
    );
    check(
        "Mieux vaut attendre avant d'affirmer que la crise est finie.",
        &[],
    );
    check(
        "Les passants, hésitant à dire que la situation était grave, ont continué leur chemin.",
        &[],
    );
}

#[test]
fn a_quotation_after_the_verb_is_mixed_only_when_its_clause_goes_on() {
    check(
        "Le ministre a déclaré « je ne démissionnerai pas » mardi soir à la télévision.",
        &["direct | je ne démissionnerai pas | Le ministre | déclarer"],
    );
    check(
        "Le syndicat a jugé « irresponsable » l'attitude de l'exécutif, tandis que la CFDT estime que la réforme est utile.",
        &[
            "mixed | « irresponsable » l'attitude de l'exécutif | Le syndicat | juger",
            "indirect | la réforme est utile | CFDT | estimer",
        ],
    );
    check(
        "Le président a déclaré « Nous sommes en guerre » le 16 mars 2020.",
        &["direct | Nous sommes en guerre | Le président | déclarer"],
    );
    check(
        "La présidente a promis « qu'elle se battrait » pour les salariés.",
        &["mixed | « qu'elle se battrait » pour les salariés | La présidente | promettre"],
    );
}

#[test]
fn an_indefinite_antecedent_is_a_person_noun() {
    check(
        "Une source proche du dossier a confirmé l'information.\nElle a ajouté que le juge était saisi.",
        &[
            "indirect | l'information | Une source proche du dossier | confirmer",
            "indirect | le juge était saisi | Elle | ajouter",
        ],
    );
    check(
        "Une voisine du deuxième étage a confirmé l'incendie.\nElle a ajouté que les pompiers étaient arrivés vite.",
        &[
            "indirect | l'incendie | Une voisine du deuxième étage | confirmer",
            "indirect | les pompiers étaient arrivés vite | Une voisine du deuxième étage | ajouter",
        ],
    );
}

#[test]
fn a_complement_inside_the_subject_without_a_participle() {
    check(
        "Le directeur du réseau dans la région a affirmé que les trains rouleraient.",
        &["indirect | les trains rouleraient | Le directeur du réseau dans la région | affirmer"],
    );
    check(
        "Le président du parti dans le pays a affirmé que la situation était stable.",
        &["indirect | la situation était stable | Le président du parti dans le pays | affirmer"],
    );
    check(
        "Le témoin entendu jeudi par la cour a affirmé que l'accusé était absent.",
        &["indirect | l'accusé était absent | Le témoin | affirmer"],
    );
}

#[test]
fn comme_before_a_thing_that_does_not_speak() {
    check("Comme l'indique son nom, le parc est immense.", &[]);
    check(
        "Comme le souligne la ministre, le parc est immense.",
        &["indirect | le parc est immense | la ministre | souligner"],
    );
}

#[test]
fn a_dateline_needs_a_dash_or_capitals() {
    check(
        "Lens - Lille sera un derby intense, a prévenu l'entraîneur.",
        &["indirect | Lens - Lille sera un derby intense | l'entraîneur | prévenir"],
    );
    check(
        "LYON — Le maire a déclaré que le budget serait voté.",
        &["indirect | le budget serait voté | Le maire | déclarer"],
    );
    check(
        "Paris - Le ministre a déclaré que tout allait bien.",
        &["indirect | tout allait bien | Le ministre | déclarer"],
    );
    check(
        "NANTES - Le préfet a annoncé que la route serait rouverte.",
        &["indirect | la route serait rouverte | Le préfet | annoncer"],
    );
    // A match line after the dateline (a number after a capitalized word
    // is part of a name: « Ligue 1 »).
    check(
        "Nantes — Rennes — Les deux présidents ont affirmé que le derby se jouerait à huis clos.",
        &["indirect | le derby se jouerait à huis clos | Les deux présidents | affirmer"],
    );
    check(
        "Top 14 — Toulon-Racing — L'entraîneur varois a affirmé que son équipe était prête.",
        &["indirect | son équipe était prête | L'entraîneur varois | affirmer"],
    );
}

#[test]
fn aux_yeux_de_opens_its_clause() {
    check("Il est coupable aux yeux de la justice.", &[]);
    check(
        "Aux yeux des syndicats, la réforme est injuste.",
        &["according_to | la réforme est injuste | des syndicats | aux yeux de"],
    );
}

#[test]
fn an_inverted_clitic_subject_without_its_interrogative() {
    check(
        "Pourquoi le gouvernement affirme-t-il que la dette baisse ?",
        &["indirect | la dette baisse | le gouvernement | affirmer"],
    );
    check(
        "Aussi la ministre reconnaît-elle que tout ne va pas bien.",
        &["indirect | tout ne va pas bien | la ministre | reconnaître"],
    );
}

#[test]
fn qualifier_needs_de_after_its_object() {
    check("Mbappé a qualifié les Bleus pour la finale.", &[]);
    check(
        "Le maire a qualifié la décision d'injuste.",
        &["indirect | la décision d'injuste | Le maire | qualifier"],
    );
}

#[test]
fn pour_x_is_a_body_that_speaks() {
    check(
        "Pour la compagnie Air France, la grève coûte 10 millions d'euros par jour.",
        &[],
    );
    check("Pour le lycée Jean Moulin, la rentrée est réussie.", &[]);
    check(
        "Pour la centrale IG Metall, la grève coûte cher aux salariés.",
        &["according_to | la grève coûte cher aux salariés | IG Metall | pour"],
    );
    check(
        "La réforme est juste, a déclaré encore une fois Jean Dupont.",
        &["indirect | La réforme est juste | Jean Dupont | déclarer"],
    );
}

#[test]
fn a_linked_infinitive_reports_a_clause_not_an_object() {
    check(
        "Avant de déclarer la guerre, le président a consulté le Parlement.",
        &[],
    );
    check(
        "Avant de déclarer que la guerre était finie, le président a consulté le Parlement.",
        &["indirect | la guerre était finie | le président | déclarer"],
    );
}

#[test]
fn a_place_named_after_a_person_is_no_person() {
    let text = "Selon le lycée Jean Moulin, la rentrée s'est bien passée.";
    let claims = run(text);
    let kinds: Vec<SpeakerKind> = claims
        .iter()
        .filter_map(|c| c.attribution.as_ref()?.speaker.as_ref().map(|s| s.kind))
        .collect();
    assert_eq!(kinds, [SpeakerKind::Organization]);
    let text = "Selon le cinéaste Jean Moulin, la rentrée s'est bien passée.";
    let claims = run(text);
    let kinds: Vec<SpeakerKind> = claims
        .iter()
        .filter_map(|c| c.attribution.as_ref()?.speaker.as_ref().map(|s| s.kind))
        .collect();
    assert_eq!(kinds, [SpeakerKind::Person]);
}

/// A clause with a reflexive verb is a clause: the verb after its comma
/// is an incise (« Le bilan s'élève à 214 morts, a annoncé mardi
/// l'agence »), not a frame with the clause's subject. Sports names for
/// the coach.
#[test]
fn a_reflexive_verb_makes_a_clause() {
    check(
        "Le bilan s'élève désormais à 214 morts, a annoncé mardi l'agence turque de secours.",
        &["indirect | Le bilan s'élève désormais à 214 morts | l'agence turque de secours | annoncer"],
    );
    check(
        "Interrogé sur son infirmerie, le technicien a confirmé que son buteur était forfait.",
        &["indirect | son buteur était forfait | le technicien | confirmer"],
    );
}

/// The content ends before a source or an incise that ends the sentence
/// (the source of the report), before a relative clause on the speaker of
/// an incise, and a noun-phrase object before « , mais » and a new
/// subject.
#[test]
fn what_ends_the_content() {
    check(
        "Le ministère a annoncé l'envoi de 300 secouristes, selon un communiqué de la préfecture.",
        &["indirect | l'envoi de 300 secouristes | Le ministère | annoncer"],
    );
    check(
        "Au cabinet du ministre, on assure que des primes seront versées, a-t-on indiqué à La Presse.",
        &["indirect | des primes seront versées | on | assurer"],
    );
    check(
        "Les secousses font craindre de nouveaux effondrements, a averti l'Observatoire de Kandilli, qui en a recensé 150.",
        &["indirect | Les secousses font craindre de nouveaux effondrements | l'Observatoire de Kandilli | avertir"],
    );
    check(
        "Le ministre annonce un plan de 400 millions d'euros, mais personne ne sait comment il sera réparti.",
        &["indirect | un plan de 400 millions d'euros | Le ministre | annoncer"],
    );
    // (« selon lequel » is no source of the report.)
    check(
        "Le ministre a démenti l'information, selon laquelle il aurait démissionné.",
        &["indirect | l'information, selon laquelle il aurait démissionné | Le ministre | démentir"],
    );
}

/// « d'emblée », « d'abord » between the verb and the speaker; « depuis »
/// ends a speaker after the verb; a gerund after an incise's speaker ends
/// the content; a party in parentheses after a name in apposition.
#[test]
fn incise_speakers_and_what_follows_them() {
    check(
        "« Ce texte est injuste », a lancé d'emblée la députée Sandrine Morel.",
        &["direct | Ce texte est injuste | Sandrine Morel | lancer"],
    );
    check(
        "« Rendez la parole au peuple ! », a crié le député depuis les bancs de son groupe.",
        &["direct | Rendez la parole au peuple ! | le député | crier"],
    );
    check(
        "Le texte est injuste, a estimé la députée, en dénonçant un recul de l'âge légal.",
        &["indirect | Le texte est injuste | la députée | estimer"],
    );
    check(
        "Pour le rapporteur du texte, Jean-Marc Vial (Renaissance), les chiffres sont sans appel.",
        &["according_to | les chiffres sont sans appel | le rapporteur du texte | pour"],
    );
}

/// A reporting verb's present participle after the content opens a new
/// statement of the same speaker, read on its own.
#[test]
fn a_reporting_participle_after_the_content() {
    check(
        "Le directeur a confirmé jeudi qu'une enquête était ouverte, annonçant avoir reçu les inspecteurs du travail.",
        &[
            "indirect | une enquête était ouverte | Le directeur | confirmer",
            "indirect | avoir reçu les inspecteurs du travail | Le directeur | annoncer",
        ],
    );
    check(
        "Le ministre a avoué un certain scepticisme, précisant que le mécanisme restait à définir.",
        &[
            "indirect | un certain scepticisme | Le ministre | avouer",
            "indirect | le mécanisme restait à définir | Le ministre | préciser",
        ],
    );
}

/// A date after a speaker written after the verb is not the speaker's; a
/// governed infinitive after appositions has its subject before (no
/// incise), but after a quotation it is one; a parenthesis is a clause.
#[test]
fn dates_infinitives_and_parentheses_around_speech() {
    check(
        "« Trois projets étaient à l'étude », écrit le journal le 9 juin.",
        &["direct | Trois projets étaient à l'étude | le journal | écrire"],
    );
    check(
        "« Nous ne lâcherons rien », a dit le ministre la veille.",
        &["direct | Nous ne lâcherons rien | le ministre | dire"],
    );
    check(
        "M. Yves Dupin, PDG de la chaîne, devait annoncer, vendredi 14 mars, à l'issue d'une assemblée houleuse, la vente du groupe.",
        &["indirect | la vente du groupe | Yves Dupin | annoncer"],
    );
    check(
        "« Ce label est trompeur », ne craint pas d'affirmer Odile Ferrand.",
        &["direct | Ce label est trompeur | Odile Ferrand | affirmer"],
    );
    check(
        "Une marina est prévue (on annonce un casino), des hôtels et des bars (la vue sur la baie est « magique », affirme M. Morvan).",
        &[
            "indirect | un casino | on | annoncer",
            "mixed | la vue sur la baie est « magique » | Morvan | affirmer",
        ],
    );
    check(
        "La Caisse nationale d'assurance vieillesse (CNAV) estime que 800 000 personnes seraient concernées.",
        &["indirect | 800 000 personnes seraient concernées | La Caisse nationale d'assurance vieillesse (CNAV) | estimer"],
    );
}

/// A governed infinitive after a clause with its own verb is an incise
/// (« Le chantier prendra du retard, tient à préciser l'architecte »).
#[test]
fn a_governed_infinitive_after_a_clause_is_an_incise() {
    check(
        "Le chantier prendra du retard, tient à préciser l'architecte.",
        &["indirect | Le chantier prendra du retard | l'architecte | préciser"],
    );
    check(
        "Le quartier se vide, ne cesse de répéter la commerçante.",
        &["indirect | Le quartier se vide | la commerçante | répéter"],
    );
    check(
        "La saison est terminée, vient de déclarer le capitaine.",
        &["indirect | La saison est terminée | le capitaine | déclarer"],
    );
    check(
        "Le scrutin a été truqué, n'hésite pas à affirmer l'élue.",
        &["indirect | Le scrutin a été truqué | l'élue | affirmer"],
    );
}

/// After a clause with its own verb, the incise ends the content: the
/// phrases of place and time after the speaker, « où … » and « , mais »
/// with a clause of its own are not reported.
#[test]
fn what_follows_an_incise_after_a_clause() {
    check(
        "Le pont sera rouvert en mai, a déclaré le maire à Brest, mardi.",
        &["indirect | Le pont sera rouvert en mai | le maire | déclarer"],
    );
    check(
        "La grève est terminée, a indiqué le syndicat aux journalistes, tout en restant prudent.",
        &["indirect | La grève est terminée | le syndicat | indiquer"],
    );
    check(
        "Le budget sera adopté, assure-t-on à la préfecture, mais le calendrier reste incertain.",
        &["indirect | Le budget sera adopté | on | assurer"],
    );
    check(
        "Le plan sera dévoilé en mars, explique-t-on à la mairie, où l'on se dit serein.",
        &["indirect | Le plan sera dévoilé en mars | on | expliquer"],
    );
    check(
        "Le club sera vendu, affirme le président, et les joueurs le savent.",
        &["indirect | Le club sera vendu | le président | affirmer"],
    );
}

/// A reporting participle on a noun inside the content, before the
/// content's verb, neither cuts it nor opens a statement.
#[test]
fn a_reporting_participle_inside_the_content() {
    check(
        "Le maire a affirmé que des bornes, indiquant le chemin du port, seraient posées.",
        &["indirect | des bornes, indiquant le chemin du port, seraient posées | Le maire | affirmer"],
    );
    check(
        "Le juge a estimé que les riverains, affirmant être lésés, avaient porté plainte.",
        &["indirect | les riverains, affirmant être lésés, avaient porté plainte | Le juge | estimer"],
    );
    check(
        "Le préfet a expliqué que les agriculteurs, estimant être trahis, avaient bloqué la route.",
        &["indirect | les agriculteurs, estimant être trahis, avaient bloqué la route | Le préfet | expliquer"],
    );
}

/// « non pas X, mais Y » and « non seulement X, mais Y » are one object.
#[test]
fn one_object_in_two_parts() {
    check(
        "Le maire a annoncé non pas une fermeture, mais un agrandissement de l'école.",
        &["indirect | non pas une fermeture, mais un agrandissement de l'école | Le maire | annoncer"],
    );
    check(
        "La ministre a promis non seulement une enquête, mais des sanctions.",
        &["indirect | non seulement une enquête, mais des sanctions | La ministre | promettre"],
    );
}

/// « , selon » + words that name no source means « depending on »: the
/// content goes on; a source is cut.
#[test]
fn selon_depending_on() {
    check(
        "Le directeur a indiqué que les tarifs baisseraient de 2 à 4 %, selon les quartiers.",
        &["indirect | les tarifs baisseraient de 2 à 4 %, selon les quartiers | Le directeur | indiquer"],
    );
    check(
        "La maire a précisé que les horaires changeraient, selon les périodes de l'année.",
        &["indirect | les horaires changeraient, selon les périodes de l'année | La maire | préciser"],
    );
}

/// A quotation reopened after an incise goes on with the first only when
/// it ends the sentence: followed by a source, it is someone else's.
#[test]
fn a_reopened_quotation_of_someone_else() {
    check(
        "« Le stade sera prêt », promet le maire, « un pari risqué », selon ses adversaires.",
        &["direct | Le stade sera prêt | le maire | promettre"],
    );
}

/// A quotation after a colon is not the subject's when a document with
/// its author or a relative clause lies between them.
#[test]
fn a_colon_quotation_of_someone_else() {
    check(
        "La présidente a lu la lettre des riverains : « Nous refusons ce projet de parking géant. »",
        &[],
    );
    check(
        "Le préfet a visité le chantier, où les grévistes avaient écrit : « Nous resterons ici jusqu'au bout. »",
        &[],
    );
    check(
        "Le directeur est catégorique : « Aucun poste ne sera supprimé cette année. »",
        &["direct | Aucun poste ne sera supprimé cette année. | Le directeur | :"],
    );
}

/// « Pour la plupart » means « mostly », no source; « Pour certains »
/// is one.
#[test]
fn pour_la_plupart_is_no_source() {
    check(
        "Pour la plupart, les candidats ont obtenu leur permis.",
        &[],
    );
    check(
        "Pour certains, la fusion arrive trop tard.",
        &["according_to | la fusion arrive trop tard | certains | pour"],
    );
}

/// « , avant d'ajouter » after a « que » clause opens another statement.
#[test]
fn avant_d_ajouter_after_a_clause() {
    check(
        "La directrice a affirmé que le site resterait ouvert, avant d'ajouter : « Personne ne sera licencié cette année. »",
        &[
            "indirect | le site resterait ouvert | La directrice | affirmer",
            "direct | Personne ne sera licencié cette année. | La directrice | ajouter",
        ],
    );
}

/// A speaker after the verb that ends the sentence, with an elided
/// article: « l'agence », « l'armée » (the apostrophe was taken for the
/// noun, and the clause before became the subject).
#[test]
fn an_elided_speaker_after_the_verb() {
    check(
        "Le bilan atteint 214 morts, a annoncé mardi l'agence turque de secours.",
        &["indirect | Le bilan atteint 214 morts | l'agence turque de secours | annoncer"],
    );
    check(
        "Le total atteint 214 morts, a indiqué l'armée.",
        &["indirect | Le total atteint 214 morts | l'armée | indiquer"],
    );
}

/// A quotation reopened after its incise goes on with it; « , avant
/// d'ajouter : « … » » and « , ajoutant que » after a speech are read on
/// their own; a phrase after a named speaker, closed by a comma, belongs
/// to the incise; « à » before an infinitive brings no speaker.
#[test]
fn speech_around_an_incise_and_after_it() {
    check(
        "« La digue tiendra cet hiver », assure-t-elle, « mais il faudra la renforcer avant 2030 ».",
        &["mixed | « La digue tiendra cet hiver », assure-t-elle, « mais il faudra la renforcer avant 2030 » | elle | assurer"],
    );
    check(
        "M. Henri Marchal a déclaré lundi : « Le dossier est clos », avant d'ajouter : « Deux usines, quel gâchis ».",
        &[
            "direct | Le dossier est clos | Henri Marchal | déclarer",
            "direct | Deux usines, quel gâchis | Henri Marchal | ajouter",
        ],
    );
    check(
        "Les écologistes, a ajouté le maire dans une allusion au conseil régional, ne sont pas des ennemis.",
        &["indirect | Les écologistes, a ajouté le maire dans une allusion au conseil régional, ne sont pas des ennemis | le maire | ajouter"],
    );
    check(
        "Le déficit atteindra 5 % du PIB, a déclaré le ministre à l'AFP, ajoutant que la dette resterait stable.",
        &[
            "indirect | Le déficit atteindra 5 % du PIB | le ministre | déclarer",
            "indirect | la dette resterait stable | le ministre | ajouter",
        ],
    );
    check(
        "La jeune duchesse, Anna de Vries, continue à recevoir en Suisse tous les honneurs dus à son titre, et le comte lui a écrit.",
        &[],
    );
}

/// An incise with its speaker after the verb that ends the sentence
/// reports the whole clause, a frame inside it included; the inner
/// content ends before it.
#[test]
fn a_trailing_incise_over_a_frame() {
    check(
        "Le ministre a affirmé que la dette baisserait, a rappelé mardi le rapporteur du budget.",
        &[
            "indirect | la dette baisserait | Le ministre | affirmer",
            "indirect | Le ministre a affirmé que la dette baisserait | le rapporteur du budget | rappeler",
        ],
    );
    check(
        "Le ministre a affirmé que la dette baisserait, a-t-il rappelé.",
        &["indirect | la dette baisserait | Le ministre | affirmer"],
    );
}

/// « d'après laquelle » like « selon laquelle »: the noun phrase before
/// is the source, never the relative pronoun.
#[test]
fn d_apres_lequel() {
    check(
        "Le ministre s'appuie sur une étude d'après laquelle 30 % des jeunes fument.",
        &["according_to | 30 % des jeunes fument | une étude | d'après"],
    );
    check(
        "Il défend une théorie d'après laquelle les prix baisseront de 10 % en 2025.",
        &[],
    );
}

/// Indefinite pronouns are groups that speak; a multi-word cue whose next
/// word reads as an adverb (« mis en doute », « met en garde »); an
/// apposition on the speaker to the end of the sentence; a note in
/// parentheses after the speaker.
#[test]
fn indefinite_speakers_and_what_follows_a_speaker() {
    check(
        "Certains estiment que la réforme coûtera 3 milliards d'euros.",
        &["indirect | la réforme coûtera 3 milliards d'euros | Certains | estimer"],
    );
    check(
        "D'autres affirment que la réforme ne coûtera rien.",
        &["indirect | la réforme ne coûtera rien | D'autres | affirmer"],
    );
    check(
        "La ministre a mis en doute la volonté de Berlin de réduire ses dépenses.",
        &["indirect | la volonté de Berlin de réduire ses dépenses | La ministre | mettre en doute"],
    );
    check(
        "Le ministre met en garde : « La situation est grave et nous devons agir vite. »",
        &["direct | La situation est grave et nous devons agir vite. | Le ministre | mettre en garde"],
    );
    check(
        "Les notaires incarnent la défiance, accuse M. Étienne Morvan, professeur à l'école de droit.",
        &["indirect | Les notaires incarnent la défiance | Étienne Morvan | accuser"],
    );
    check(
        "Toutes les ligues ont évolué vers des fédérations, écrit le professeur Jules Armand (4), mais parfois vers des structures uniques.",
        &["indirect | Toutes les ligues ont évolué vers des fédérations, écrit le professeur Jules Armand (4), mais parfois vers des structures uniques | Jules Armand | écrire"],
    );
    check(
        "Pour la SNCF, constatent les experts, le coût du chantier sera plus lourd encore.",
        &["indirect | Pour la SNCF, constatent les experts, le coût du chantier sera plus lourd encore | les experts | constater"],
    );
}

/// An acronym in parentheses after a speaker that ends the sentence.
#[test]
fn an_acronym_after_an_incise_speaker() {
    check(
        "Le bilan du séisme qui a frappé lundi l'est du pays s'élève à 214 morts, a annoncé mardi l'agence de gestion des catastrophes (AFAD).",
        &["indirect | Le bilan du séisme qui a frappé lundi l'est du pays s'élève à 214 morts | l'agence de gestion des catastrophes | annoncer"],
    );
}

/// A phrase of manner or purpose after an incise ends the content (the
/// phrase of place after the clitic is the incise's).
#[test]
fn a_phrase_of_manner_after_an_incise() {
    check(
        "La situation est sous contrôle, a-t-il assuré à des journalistes, sans donner plus de détails.",
        &["indirect | La situation est sous contrôle | il | assurer"],
    );
}

/// The subject's relative clause without commas, before a complement.
#[test]
fn a_subject_relative_without_commas() {
    check(
        "Le ministre qui recevait les maires a affirmé que la dette baisserait.",
        &["indirect | la dette baisserait | Le ministre | affirmer"],
    );
}

/// A medium after an incise's speaker (« dans un communiqué »: a verb
/// form after a determiner is a noun); a relative clause on a trailing
/// source; a name in apposition, then a phrase without a verb, ends the
/// content.
#[test]
fn what_follows_an_incise_speaker() {
    check(
        "Le projet, a indiqué le maire dans un communiqué, sera abandonné.",
        &["indirect | Le projet, a indiqué le maire dans un communiqué, sera abandonné | le maire | indiquer"],
    );
    check(
        "Le projet sera abandonné, selon le maire, qui a confirmé l'information au Progrès.",
        &["according_to | Le projet sera abandonné | le maire | selon"],
    );
    check(
        "L'entraîneur quittera le club en juin, a annoncé le président du club, Jean Martin, lors d'une conférence de presse.",
        &["indirect | L'entraîneur quittera le club en juin | le président du club | annoncer"],
    );
    check(
        "Le projet, a annoncé le président, Jean Martin, sera abandonné.",
        &["indirect | Le projet, a annoncé le président, Jean Martin, sera abandonné | le président | annoncer"],
    );
}

/// A clause joined by « , et » or « , mais » opens after the conjunction
/// (its subject's appositions are passed); a semicolon after a content
/// opens another clause, read on, whose participle keeps its own subject.
#[test]
fn coordinated_clauses_and_semicolons() {
    check(
        "Les commerçants ont été touchés, et le maire, élu en novembre, a affirmé que l'usine resterait ouverte.",
        &["indirect | l'usine resterait ouverte | le maire | affirmer"],
    );
    check(
        "Les commerçants ont été touchés, mais le maire, Jean Dupont, a affirmé que l'usine resterait ouverte.",
        &["indirect | l'usine resterait ouverte | le maire | affirmer"],
    );
    check(
        "Le maire se dit « opposé à la fermeture », tout comme le curé ; le député, tout en soulignant « le courage des ouvriers », redoute le pire.",
        &[
            "direct | opposé à la fermeture | Le maire | se dire",
            "direct | le courage des ouvriers | le député | souligner",
        ],
    );
}
