//! `dpgpu completions SHELL` and `dpgpu man`: generated from the same clap definitions as the
//! parser (`clap_complete`, `clap_mangen`), so they list every flag and every named value.

use std::path::PathBuf;

use clap::{Args, CommandFactory};
use clap_complete::Shell;

#[derive(Args, Debug)]
#[command(after_long_help = "\
Install, e.g.:
  bash: dpgpu completions bash > ~/.local/share/bash-completion/completions/dpgpu
  zsh:  dpgpu completions zsh > ~/.zfunc/_dpgpu   (with fpath+=~/.zfunc before compinit)
  fish: dpgpu completions fish > ~/.config/fish/completions/dpgpu.fish")]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    shell: Shell,
}

#[derive(Args, Debug)]
pub struct ManArgs {
    /// Write dpgpu.1 and dpgpu-<subcommand>.1 into this folder instead of printing dpgpu.1.
    #[arg(long, short, value_name = "DIR")]
    out: Option<PathBuf>,
}

pub fn run_completions(args: CompletionsArgs) -> anyhow::Result<()> {
    let mut cmd = super::Cli::command();
    clap_complete::generate(args.shell, &mut cmd, "dpgpu", &mut std::io::stdout());
    Ok(())
}

pub fn run_man(args: ManArgs) -> anyhow::Result<()> {
    let cmd = super::Cli::command();
    match args.out {
        None => clap_mangen::Man::new(cmd).render(&mut std::io::stdout())?,
        Some(dir) => {
            std::fs::create_dir_all(&dir)
                .map_err(|e| dpgpu::Error::Write { path: dir.clone(), source: e })?;
            clap_mangen::generate_to(cmd, &dir)
                .map_err(|e| dpgpu::Error::Write { path: dir.clone(), source: e })?;
            println!("wrote the man pages into {}", dir.display());
        }
    }
    Ok(())
}
