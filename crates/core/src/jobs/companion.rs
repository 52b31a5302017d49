//! The jobs' methods on [`Companion`], for the app's commands and the CLI.

use super::{detail, Alert, JobPage, JobQuery, SavedJob, SavedSearch};
use crate::{Companion, Result};
use welcome_protocol::content::JobDetail;

impl Companion {
    /// Searches the jobs on this device (works offline).
    pub fn search_jobs(&self, query: &JobQuery) -> Result<JobPage> {
        super::search(self.store(), query)
    }

    /// What the job detail shows beside the ad: where to apply (the ad's own page), and for a
    /// regulated profession the recognition counselling of the person's town (from their
    /// plan), else of the ad's town. Works offline.
    pub fn job_advice(&self, id: &str, person: Option<&str>) -> Result<super::advice::JobAdvice> {
        let job =
            super::advice::summary(self.store(), id)?.ok_or_else(|| crate::Error::NotFound {
                what: format!("job {id}"),
            })?;
        let home = match person {
            Some(p) => self.plan_answers(p)?.and_then(|a| a.municipality_id),
            None => None,
        };
        Ok(super::advice::advice(self.store(), &job, home.as_deref()))
    }

    /// A job's full ad: from the portal when online, else the copy on this device. When the
    /// portal says the ad is gone, a saved job is marked expired and its copy is shown.
    pub async fn job_detail(&self, id: &str) -> Result<JobDetail> {
        let fetched = self.fetch_job_detail(id).await;
        detail::settle(self.store(), id, fetched)
    }

    /// Saves a job with its full ad: fetched from the portal when it can be, else the copy on
    /// this device (the full ad follows when the job is opened online). An ad the portal no
    /// longer has is saved from the local copy and marked expired.
    pub async fn save_job(&self, id: &str) -> Result<SavedJob> {
        let fetched = detail::outcome(self.fetch_job_detail(id).await);
        super::save_job(self.store(), id, fetched)
    }

    /// Fetches the full ads of saved jobs that were saved offline, and learns which ads the
    /// portal no longer has. Returns how many saved jobs changed. Stops at the first network
    /// failure (still offline): the rest wait for the next call.
    pub async fn complete_saved_jobs(&self) -> Result<usize> {
        let mut changed = 0;
        for job in self.saved_jobs()? {
            if job.detail.is_some() || job.expired {
                continue;
            }
            let fetched = self.fetch_job_detail(&job.id).await;
            if matches!(fetched, Err(crate::Error::Network(_))) {
                break;
            }
            let learned = match &fetched {
                Ok(_) => true,
                Err(e) => detail::is_gone(e),
            };
            match detail::settle(self.store(), &job.id, fetched) {
                // Gone with no copy to show is not an error here: the job is now marked.
                Ok(_) => {}
                Err(e @ (crate::Error::Storage(_) | crate::Error::Io(_))) => return Err(e),
                Err(e) => tracing::info!(job = %job.id, error = %e, "saved job not completed"),
            }
            if learned {
                changed += 1;
            }
        }
        Ok(changed)
    }

    /// Sets the note on a saved job; an empty text clears it.
    pub fn set_saved_job_note(&self, id: &str, note: &str) -> Result<SavedJob> {
        super::set_saved_job_note(self.store(), id, note)
    }

    pub fn unsave_job(&self, id: &str) -> Result<()> {
        super::unsave_job(self.store(), id)
    }

    /// The saved jobs, most recently saved first, expired ones marked.
    pub fn saved_jobs(&self) -> Result<Vec<SavedJob>> {
        super::saved_jobs(self.store())
    }

    /// Saves a search as a job alert; only jobs later syncs bring raise alerts.
    pub fn save_search(&self, name: &str, query: &JobQuery) -> Result<SavedSearch> {
        super::save_search(self.store(), name, query)
    }

    pub fn delete_search(&self, id: &str) -> Result<()> {
        super::delete_search(self.store(), id)
    }

    pub fn saved_searches(&self) -> Result<Vec<SavedSearch>> {
        super::saved_searches(self.store())
    }

    /// This device's alert inbox, newest first.
    pub fn alerts(&self, unread_only: bool) -> Result<Vec<Alert>> {
        super::alerts(self.store(), unread_only)
    }

    pub fn mark_alert_read(&self, id: i64) -> Result<()> {
        super::mark_alert_read(self.store(), id)
    }

    pub fn mark_all_alerts_read(&self) -> Result<()> {
        super::mark_all_read(self.store()).map(|_| ())
    }

    /// Alerts not yet shown as a desktop notification on this device; each is returned once.
    pub fn take_unnotified_alerts(&self) -> Result<Vec<Alert>> {
        super::take_unnotified(self.store())
    }
}
