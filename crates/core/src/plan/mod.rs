//! The personal relocation plan: questionnaire, residence paths, documents and steps.
