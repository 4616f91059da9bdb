//! A static file server for the built pages, on a free port of 127.0.0.1, in a thread;
//! gzip-encoding what it sends when asked to, as a publisher's server would.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};

/// A running server; its thread ends with the test process.
pub struct Server {
    /// "http://127.0.0.1:PORT".
    pub base: String,
}

fn mime(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}

/// `body` gzipped (`gzip -9`, as the README's sizes are measured), if the command is there.
fn gzipped(body: &[u8]) -> Option<Vec<u8>> {
    let mut child = std::process::Command::new("gzip")
        .arg("-9c")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take()?;
    let input = body.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().ok()?;
    writer.join().ok()?.ok()?;
    out.status.success().then_some(out.stdout)
}

fn respond(mut stream: TcpStream, root: &Path, compress: bool) {
    let mut reader = BufReader::new(&stream);
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    // The headers: only whether the browser takes gzip matters here.
    let mut gzip_ok = false;
    let mut header = String::new();
    while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
        let lower = header.to_ascii_lowercase();
        gzip_ok |= lower.starts_with("accept-encoding:") && lower.contains("gzip");
        header.clear();
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/");
    let path = path.split(['?', '#']).next().unwrap_or("/");
    let relative = path.trim_start_matches('/');
    let relative = if relative.is_empty() {
        "index.html"
    } else {
        relative
    };
    let file: PathBuf = root.join(relative);
    let safe = !relative.split('/').any(|part| part == "..");
    let (status, body, kind) = match std::fs::read(&file) {
        Ok(body) if safe => ("200 OK", body, mime(&file)),
        _ => ("404 Not Found", b"not found".to_vec(), "text/plain"),
    };
    let (body, encoding) = match (compress && gzip_ok).then(|| gzipped(&body)).flatten() {
        Some(z) => (z, "Content-Encoding: gzip\r\n"),
        None => (body, ""),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\n{encoding}Content-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

/// Serves `root` until the process ends.
pub fn serve(root: &Path) -> Server {
    serve_with(root, false)
}

/// Serves `root` until the process ends, gzip-encoded for a browser that takes it if
/// `compress`.
pub fn serve_with(root: &Path, compress: bool) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
    let port = listener.local_addr().expect("an address").port();
    let root = root.to_path_buf();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let root = root.clone();
            std::thread::spawn(move || respond(stream, &root, compress));
        }
    });
    Server {
        base: format!("http://127.0.0.1:{port}"),
    }
}
