// Message ids for enum values, written out in full so the catalog checks can see every id in use.
import type { ItemStatus } from "../bindings/ItemStatus";
import type { Phase } from "../bindings/Phase";
import type { OfficeKind } from "../bindings/OfficeKind";
import type { Eligibility } from "../bindings/Eligibility";
import type { Relation } from "../bindings/Relation";
import type { WorkingTime } from "../bindings/WorkingTime";
import type { OfferType } from "../bindings/OfferType";
import type { ExpiryWarning } from "../bindings/ExpiryWarning";

export const STATUS_LABEL: Record<ItemStatus, string> = {
  missing: "plan-status-missing",
  requested: "plan-status-requested",
  received: "plan-status-received",
  translated_certified: "plan-status-translated_certified",
  submitted: "plan-status-submitted",
  open: "plan-status-open",
  in_progress: "plan-status-in_progress",
  done: "plan-status-done",
  not_needed: "plan-status-not_needed",
};

export const DOCUMENT_STATUSES: ItemStatus[] = ["missing", "requested", "received", "translated_certified", "submitted", "not_needed"];
export const STEP_STATUSES: ItemStatus[] = ["open", "in_progress", "done", "not_needed"];

export const PHASE_LABEL: Record<Phase, string> = {
  before_departure: "plan-phase-before_departure",
  first_weeks: "plan-phase-first_weeks",
  first_months: "plan-phase-first_months",
  other: "plan-phase-other",
};

export const OFFICE_KIND_LABEL: Record<OfficeKind, string> = {
  foreigners_office: "office-kind-foreigners_office",
  citizens_office: "office-kind-citizens_office",
  welcome_centre: "office-kind-welcome_centre",
  recognition_counselling: "office-kind-recognition_counselling",
  employment_agency: "office-kind-employment_agency",
  job_centre: "office-kind-job_centre",
  youth_office: "office-kind-youth_office",
  migration_counselling: "office-kind-migration_counselling",
  youth_migration_service: "office-kind-youth_migration_service",
  university_international_office: "office-kind-university_international_office",
  // A value from a newer portal, kept and shown as "other".
  other: "content-kind-other",
};

export const ELIGIBILITY_LABEL: Record<Eligibility, string> = {
  eligible: "plan-eligibility-eligible",
  not_eligible: "plan-eligibility-not_eligible",
  needs_check: "plan-eligibility-needs_check",
};

export const RELATION_LABEL: Record<Relation, string> = {
  self: "plan-relation-self",
  spouse: "plan-relation-spouse",
  child: "plan-relation-child",
  other: "plan-relation-other",
};

export const WORKING_TIME_LABEL: Record<WorkingTime, string> = {
  full_time: "working-time-full_time",
  part_time: "working-time-part_time",
  shift: "working-time-shift",
  home_office: "working-time-home_office",
  mini_job: "working-time-mini_job",
  other: "content-kind-other",
};

export const OFFER_TYPE_LABEL: Record<OfferType, string> = {
  job: "offer-type-job",
  self_employment: "offer-type-self_employment",
  apprenticeship: "offer-type-apprenticeship",
  internship: "offer-type-internship",
  other: "content-kind-other",
};

export const EXPIRY_LABEL: Record<ExpiryWarning, string> = {
  expired: "plan-expiry-expired",
  expires_too_soon: "plan-expiry-expires_too_soon",
};
