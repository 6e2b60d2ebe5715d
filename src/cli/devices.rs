//! `dpgpu devices`: what wgpu finds, and what `--backend auto` would pick.

use clap::Args;
use dpgpu::device::list_adapters;

#[derive(Args, Debug)]
pub struct DevicesArgs {
    /// Print one JSON array instead of a table.
    #[arg(long)]
    json: bool,
}

pub fn run(args: DevicesArgs) -> anyhow::Result<()> {
    let adapters = list_adapters();
    if args.json {
        println!("{}", serde_json::to_string_pretty(&adapters)?);
        return Ok(());
    }
    if adapters.is_empty() {
        println!("no wgpu adapter found; --backend auto uses cpu");
        return Ok(());
    }
    println!("{:<8} {:<14} {:<8} {:<40} driver", "api", "type", "vendor", "name");
    for a in &adapters {
        println!(
            "{:<8} {:<14} {:<8} {:<40} {} {}",
            a.api,
            a.device_type,
            format!("0x{:04x}", a.vendor),
            a.name,
            a.driver,
            a.driver_info
        );
    }
    let auto = adapters.iter().find(|a| !a.is_software());
    match auto {
        Some(a) => println!("--backend auto uses {} on {}", a.name, a.api),
        None => println!(
            "--backend auto uses cpu (software adapters are used only when named, e.g. --backend vulkan)"
        ),
    }
    Ok(())
}
