//! The personal relocation plan: questionnaire, residence paths, documents and steps.
//!
//! The logic is pure functions over the answers, the rules and the checklists (content from the
//! portal) and the person's stored progress: [`answers`] validates, [`paths`] assesses every
//! residence path (with [`points`] for the Opportunity Card and [`thresholds`] for the figures
//! in force on the application date), [`items`] picks the documents and steps, [`generate`]
//! builds the plan, [`progress`] tracks it, [`household`] holds the people, and the exports
//! write a calendar, a printable document list and the PDF to take to an appointment (with
//! the documents' attached scans).

pub mod answers;
pub mod appointments;
pub mod companion;
pub mod export_documents;
pub mod export_ics;
#[cfg(not(target_arch = "wasm32"))]
pub mod export_pdf;
pub mod generate;
pub mod household;
pub mod items;
pub mod paths;
pub mod points;
pub mod progress;
pub mod reasons;
pub mod reminders;
pub mod service;
pub mod thresholds;

pub use answers::Answers;
pub use generate::{Advice, Plan, PlanItem};
pub use household::{Person, Relation};
pub use paths::{Assessment, Eligibility, PathAssessment};
pub use progress::{ExpiryWarning, ItemProgress, ItemStatus, Progress};
pub use reasons::Reason;
