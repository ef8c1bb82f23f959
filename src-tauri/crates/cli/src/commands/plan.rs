//! `plan`: the financial plan as a table in the terminal, with totals, shares and warnings.

use lagdesk_domain::{FinancialPlan, Locale, PlanLine, PlanLineLevel, PlanWarning};
use lagdesk_store::Store;

use crate::error::CliError;

pub fn show(store: &Store, code: &str) -> Result<(), CliError> {
    let strategy = store.strategy_by_code(code)?;
    let plan = store.financial_plan(&strategy.id)?;
    print!("{}", render(&plan));
    Ok(())
}

fn line(out: &mut String, code: &str, title: &str, amount: String, share: String) {
    let title: String = title.chars().take(48).collect();
    out.push_str(&format!("{code:<18} {title:<48} {amount:>18} {share:>8}\n"));
}

fn plan_line(out: &mut String, l: &PlanLine) {
    let indent = if l.level == PlanLineLevel::Measure {
        "  "
    } else {
        ""
    };
    line(
        out,
        &format!("{indent}{}", l.code),
        &l.title,
        l.allocated.format(Locale::En),
        l.share.format(Locale::En),
    );
}

fn render(plan: &FinancialPlan) -> String {
    let s = &plan.strategy;
    let mut out = format!(
        "{} {} ({}-{})\n\n",
        s.code, s.title, s.start_year, s.end_year
    );
    line(
        &mut out,
        "code",
        "title",
        "allocated".into(),
        "share".into(),
    );
    plan.project_lines
        .iter()
        .for_each(|l| plan_line(&mut out, l));
    line(
        &mut out,
        "",
        "Local projects",
        plan.local_projects_total.format(Locale::En),
        String::new(),
    );
    plan.running_lines
        .iter()
        .for_each(|l| plan_line(&mut out, l));
    line(
        &mut out,
        "",
        "Running and animation",
        plan.running_total.format(Locale::En),
        plan.running_share.format(Locale::En),
    );
    line(
        &mut out,
        "",
        "Plan total",
        plan.plan_total.format(Locale::En),
        String::new(),
    );
    out.push_str(&format!(
        "\nEnvelope {}; not yet allocated {}\n",
        s.envelope.format(Locale::En),
        plan.unallocated.format(Locale::En)
    ));
    for part in &plan.funding_parts {
        out.push_str(&format!(
            "{} {}: {}\n",
            part.name,
            part.share.format(Locale::En),
            part.amount.format(Locale::En)
        ));
    }
    for warning in &plan.warnings {
        out.push_str(&match warning {
            PlanWarning::OverEnvelope { difference, .. } => {
                format!("Warning: the plan exceeds the envelope by {}\n", difference.format(Locale::En))
            }
            PlanWarning::OverCommitted { code, difference, .. } => format!(
                "Warning: projects hold {} more of measure {code} than the plan gives it\n",
                difference.format(Locale::En)
            ),
            PlanWarning::RunningCapExceeded { share, cap, difference, .. } => format!(
                "Warning: running and animation costs are {} of the strategy, above the cap of {}, by {}\n",
                share.format(Locale::En),
                cap.format(Locale::En),
                difference.format(Locale::En)
            ),
        });
    }
    out
}
