//! Records the git commit the binary is built from as `DPGPU_GIT_COMMIT` (with `-dirty` when
//! tracked files differ from it), so a bench result file names the binary that produced it,
//! not whatever the working tree holds when it runs. Without git (a source tarball) nothing is
//! recorded.

use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn main() {
    if let Some(commit) = git(&["rev-parse", "HEAD"]) {
        let dirty = git(&["status", "--porcelain", "--untracked-files=no"]).is_some_and(|s| !s.is_empty());
        println!("cargo:rustc-env=DPGPU_GIT_COMMIT={commit}{}", if dirty { "-dirty" } else { "" });
    }
    if let Some(git_dir) = git(&["rev-parse", "--git-dir"]) {
        // A commit or checkout moves HEAD or its branch and rewrites the index.
        println!("cargo:rerun-if-changed={git_dir}/HEAD");
        println!("cargo:rerun-if-changed={git_dir}/index");
    }
    for path in ["src", "shaders", "Cargo.toml", "Cargo.lock", "build.rs"] {
        println!("cargo:rerun-if-changed={path}");
    }
}
