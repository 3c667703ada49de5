//! Golden fixtures: `fixtures/segment/*.txt` hold an input, a line `---`,
//! then the expected sentences, one per line.

use crate::util::{frclaims, lines};

#[test]
fn segment_fixtures() {
    let dir = crate::util::root().join("fixtures/segment");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let content = std::fs::read_to_string(&path).unwrap();
        let (input, expected) = content.split_once("\n---\n").expect("a --- line");
        let want: Vec<&str> = expected.lines().filter(|l| !l.is_empty()).collect();
        let out = frclaims(&["extract", "-"], Some(input.as_bytes()));
        let rec = &lines(&out)[0];
        let chars: Vec<char> = input.chars().collect();
        let got: Vec<String> = rec["sentences"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                chars[s["start"].as_u64().unwrap() as usize..s["end"].as_u64().unwrap() as usize]
                    .iter()
                    .collect()
            })
            .collect();
        assert_eq!(got, want, "{}", path.display());
        n += 1;
    }
    assert!(n > 0, "no fixture in {}", dir.display());
}
