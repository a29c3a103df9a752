//! The editor experience, tested with the real YAML language server (the one VS Code's YAML
//! extension runs), driven over stdio as an editor drives it: no diagnostics on the starter
//! plan `qujat init` writes, the known mistakes of a plan flagged on their lines, completions
//! for `template:` and `due:`, and a field's own title on hover.
//!
//! The server is installed by .ci/install-tools into target/tools; without node or the server
//! the test says it skipped (under `CI=true` it fails instead).

mod support;

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;
use support::{qujat, scratch, tool};

const SERVER: &str = "target/tools/node_modules/yaml-language-server/bin/yaml-language-server";

/// A language server session over the server's stdin and stdout.
struct Server {
    child: Child,
    stdin: ChildStdin,
    messages: Receiver<Value>,
    next_id: u64,
}

impl Server {
    fn start(node: &Path, root: &Path) -> Server {
        let mut child = Command::new(node)
            .arg(support::root().join(SERVER))
            .arg("--stdio")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the language server starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (send, messages) = channel();
        // Reads `Content-Length` framed JSON-RPC messages until the server exits.
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            loop {
                let mut length = None;
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(n) = line.strip_prefix("Content-Length: ") {
                        length = n.parse::<usize>().ok();
                    }
                }
                let mut body = vec![0; length.expect("a Content-Length header")];
                if reader.read_exact(&mut body).is_err() {
                    return;
                }
                if send.send(serde_json::from_slice(&body).unwrap()).is_err() {
                    return;
                }
            }
        });
        let mut server = Server {
            child,
            stdin,
            messages,
            next_id: 1,
        };
        let root_uri = uri(root);
        server.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": root_uri,
                "capabilities": {
                    "textDocument": {"completion": {}, "hover": {}, "publishDiagnostics": {}},
                    "workspace": {"configuration": true}
                }
            }),
        );
        server.notify("initialized", json!({}));
        server.notify(
            "workspace/didChangeConfiguration",
            json!({"settings": {"yaml": settings()}}),
        );
        server
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        let reply = self.wait_for(|m| m["id"] == id && m.get("method").is_none());
        reply["result"].clone()
    }

    /// The next message `wanted` accepts, answering the server's own requests meanwhile (its
    /// settings, as an editor would give them).
    fn wait_for(&mut self, wanted: impl Fn(&Value) -> bool) -> Value {
        loop {
            let message = self
                .messages
                .recv_timeout(Duration::from_secs(60))
                .expect("the language server answers within a minute");
            if let (Some(id), Some(method)) = (message.get("id"), message["method"].as_str()) {
                let result = if method == "workspace/configuration" {
                    let n = message["params"]["items"].as_array().map_or(1, Vec::len);
                    Value::Array(vec![settings(); n])
                } else {
                    Value::Null
                };
                let id = id.clone();
                self.send(json!({"jsonrpc": "2.0", "id": id, "result": result}));
                continue;
            }
            if wanted(&message) {
                return message;
            }
        }
    }

    /// Opens a file and returns the diagnostics the server publishes for it.
    fn open(&mut self, path: &Path) -> Vec<Value> {
        let text = std::fs::read_to_string(path).unwrap();
        let uri = uri(path);
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}),
        );
        let published = self.wait_for(|m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
        });
        published["params"]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    fn completions(&mut self, path: &Path, line: usize, character: usize) -> Vec<String> {
        let result = self.request(
            "textDocument/completion",
            json!({"textDocument": {"uri": uri(path)}, "position": {"line": line, "character": character}}),
        );
        let items = result.get("items").unwrap_or(&result);
        items
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|i| i["label"].as_str().map(str::to_string))
            .collect()
    }

    fn hover(&mut self, path: &Path, line: usize, character: usize) -> String {
        let result = self.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri(path)}, "position": {"line": line, "character": character}}),
        );
        result["contents"]["value"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn settings() -> Value {
    json!({"validate": true, "completion": true, "hover": true, "schemaStore": {"enable": false}})
}

fn uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// `text` with the first line holding `needle` replaced by `line`.
fn with_line(text: &str, needle: &str, line: &str) -> String {
    let at = line_of(text, needle);
    let mut lines: Vec<&str> = text.lines().collect();
    lines[at] = line;
    lines.join("\n") + "\n"
}

/// The 0-based line of the first line of `text` holding `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line holds {needle:?}"))
}

#[test]
fn the_yaml_language_server_agrees_with_check() {
    let (Some(node), Some(_)) = (tool("node"), tool(SERVER)) else {
        return;
    };
    let dir = scratch("editor").canonicalize().unwrap();
    let plan = dir.join("plan.yaml");
    let init = qujat(&["init", plan.to_str().unwrap()]);
    assert_eq!(init.status.code(), Some(0));
    let starter = std::fs::read_to_string(&plan).unwrap();
    let mut server = Server::start(&node, &dir);

    let diagnostics = server.open(&plan);
    assert!(diagnostics.is_empty(), "the starter plan: {diagnostics:#?}");

    // Known mistakes, each on a line of its own; `check` rejects every one of them too.
    let wrong = dir.join("wrong.yaml");
    let text = starter
        .replacen("template: action-plan", "template: action-pln", 1)
        .replacen("\ntitle:", "\ntitel: x\ntitle:", 1)
        .replacen("{by: 2027-", "{by: 2027-4-", 1)
        // An item with steps and a deadline of its own; one with neither.
        .replacen("        steps:", "        due: ongoing\n        steps:", 1)
        .replacen("        due: quarterly", "        # due: quarterly", 1);
    assert_ne!(text, starter);
    std::fs::write(&wrong, &text).unwrap();
    let check = qujat(&["check", wrong.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(2));
    // An item's problem is shown from its first line, `- text:`.
    let item_of = |needle: &str| {
        let at = line_of(&text, needle);
        (0..at)
            .rev()
            .find(|&l| text.lines().nth(l).unwrap().starts_with("      - "))
            .unwrap()
    };
    let expected = [
        line_of(&text, "template: action-pln"),
        line_of(&text, "titel: x"),
        line_of(&text, "{by: 2027-4-"),
        line_of(&text, "        due: ongoing"),
        item_of("        # due: quarterly"),
    ];
    let diagnostics = server.open(&wrong);
    let lines: Vec<usize> = diagnostics
        .iter()
        .map(|d| d["range"]["start"]["line"].as_u64().unwrap() as usize)
        .collect();
    for line in expected {
        assert!(lines.contains(&line), "line {line}: {diagnostics:#?}");
    }
    assert!(
        lines.iter().all(|l| expected.contains(l)),
        "only the mistakes: {diagnostics:#?}"
    );
    // In check's words where the schema can say them.
    let messages: Vec<&str> = diagnostics
        .iter()
        .filter_map(|d| d["message"].as_str())
        .collect();
    assert!(
        messages
            .iter()
            .any(|m| m.starts_with("write dates as 2022-04-16")),
        "{messages:?}"
    );
    assert!(messages.iter().any(|m| m.contains("due")), "{messages:?}");

    // Completions where a value is typed.
    let blank = dir.join("blank.yaml");
    let text = with_line(&starter, "template: action-plan", "template: ");
    let text = with_line(&text, "due: quarterly", "        due: ");
    std::fs::write(&blank, &text).unwrap();
    server.open(&blank);
    let template = server.completions(&blank, line_of(&text, "template: "), "template: ".len());
    for name in ["action-plan", "schedule"] {
        assert!(
            template.contains(&name.to_string()),
            "template: {template:?}"
        );
    }
    let due_line = text.lines().position(|l| l == "        due: ").unwrap();
    let due = server.completions(&blank, due_line, "        due: ".len());
    for word in ["ongoing", "quarterly"] {
        assert!(due.contains(&word.to_string()), "due: {due:?}");
    }

    // Hover names the field, not the whole plan.
    let hover = server.hover(&plan, line_of(&starter, "template:"), 2);
    assert!(hover.contains("Template"), "{hover}");
}
