use std::io::Read;
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = &args[2];
    let mut bytes = Vec::new();
    if path == "-" { std::io::stdin().read_to_end(&mut bytes).unwrap(); } else { bytes = std::fs::read(path).unwrap(); }
    let art = stancelens::input::read(&bytes).unwrap();
    let a = stancelens::analyze(&art.text, stancelens::Topic::builtin());
    println!("{}", serde_json::to_string_pretty(&a).unwrap());
}
