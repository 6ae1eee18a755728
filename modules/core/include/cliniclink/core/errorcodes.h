// The one error-code table of ClinicLink (X-include: no include guard on purpose).
// CL_ERROR(Name, number, user message). Numbers are stable: they appear in logs, JSON output and
// support tickets. Messages are English source text; the UI shows them through
// QCoreApplication::translate("cliniclink::Error", ...), so lupdate collects them from here.
// Add new codes at the end of their block; never renumber.

// 1xx — generic
CL_ERROR(Internal, 100, QT_TRANSLATE_NOOP("cliniclink::Error", "An internal error occurred."))
CL_ERROR(InvalidArgument, 101, QT_TRANSLATE_NOOP("cliniclink::Error", "The input is not valid."))
CL_ERROR(NotFound, 102, QT_TRANSLATE_NOOP("cliniclink::Error", "The requested item was not found."))
CL_ERROR(AlreadyExists, 103, QT_TRANSLATE_NOOP("cliniclink::Error", "The item already exists."))
CL_ERROR(IoError, 104, QT_TRANSLATE_NOOP("cliniclink::Error", "A file could not be read or written."))
CL_ERROR(PermissionDenied, 105, QT_TRANSLATE_NOOP("cliniclink::Error", "You do not have permission to do this."))
CL_ERROR(Cancelled, 106, QT_TRANSLATE_NOOP("cliniclink::Error", "The operation was cancelled."))

// 2xx — identity and sign-in
CL_ERROR(AuthenticationFailed, 200, QT_TRANSLATE_NOOP("cliniclink::Error", "The user name or password is wrong."))
CL_ERROR(AccountLocked, 201, QT_TRANSLATE_NOOP("cliniclink::Error", "This account is locked after too many failed sign-ins. Try again later."))
CL_ERROR(AccountDisabled, 202, QT_TRANSLATE_NOOP("cliniclink::Error", "This account has been disabled by the administrator."))
CL_ERROR(PasswordTooWeak, 203, QT_TRANSLATE_NOOP("cliniclink::Error", "The password must have at least 8 characters and 3 of: lower-case letters, upper-case letters, digits, symbols."))
CL_ERROR(InvalidUserName, 204, QT_TRANSLATE_NOOP("cliniclink::Error", "The user name may contain only letters, digits, '.', '-' and '_' (2 to 32 characters)."))
CL_ERROR(InvalidRecoveryKey, 205, QT_TRANSLATE_NOOP("cliniclink::Error", "The recovery key is not valid."))
CL_ERROR(LastAdministrator, 206, QT_TRANSLATE_NOOP("cliniclink::Error", "The last active administrator cannot be disabled."))
CL_ERROR(InvalidRole, 207, QT_TRANSLATE_NOOP("cliniclink::Error", "Unknown role."))

// 3xx — the encrypted store
CL_ERROR(StoreNotInitialized, 300, QT_TRANSLATE_NOOP("cliniclink::Error", "No ClinicLink data store exists in this folder yet."))
CL_ERROR(StoreAlreadyInitialized, 301, QT_TRANSLATE_NOOP("cliniclink::Error", "A ClinicLink data store already exists in this folder."))
CL_ERROR(StoreEncryptionUnavailable, 302, QT_TRANSLATE_NOOP("cliniclink::Error", "The database encryption library is not active; the store was not opened to protect patient data."))
CL_ERROR(StoreCorrupt, 303, QT_TRANSLATE_NOOP("cliniclink::Error", "The data store is damaged or was modified outside ClinicLink."))
CL_ERROR(StoreBusy, 304, QT_TRANSLATE_NOOP("cliniclink::Error", "The data store is in use by another program."))
CL_ERROR(SchemaTooNew, 305, QT_TRANSLATE_NOOP("cliniclink::Error", "The data store was written by a newer version of ClinicLink."))
CL_ERROR(VersionConflict, 306, QT_TRANSLATE_NOOP("cliniclink::Error", "The record was changed by someone else in the meantime."))
CL_ERROR(AuditChainBroken, 307, QT_TRANSLATE_NOOP("cliniclink::Error", "The audit trail has been tampered with."))
CL_ERROR(DatabaseError, 308, QT_TRANSLATE_NOOP("cliniclink::Error", "A database operation failed."))
CL_ERROR(BlobCorrupt, 309, QT_TRANSLATE_NOOP("cliniclink::Error", "An encrypted attachment is damaged or was modified."))
CL_ERROR(InvalidClinicCode, 310, QT_TRANSLATE_NOOP("cliniclink::Error", "The clinic code must be 12 digits: county (6) + township (3) + village (3)."))

// 4xx — cryptography
CL_ERROR(CryptoFailure, 400, QT_TRANSLATE_NOOP("cliniclink::Error", "A cryptographic operation failed."))
CL_ERROR(DecryptionFailed, 401, QT_TRANSLATE_NOOP("cliniclink::Error", "The data could not be decrypted: wrong key or modified data."))

// 5xx — DICOM and imaging
CL_ERROR(DicomUnreadable, 500, QT_TRANSLATE_NOOP("cliniclink::Error", "The file is not a readable DICOM file."))
CL_ERROR(DicomUnsupported, 501, QT_TRANSLATE_NOOP("cliniclink::Error", "This kind of DICOM image is not supported."))
CL_ERROR(DicomNoPixelData, 502, QT_TRANSLATE_NOOP("cliniclink::Error", "The DICOM file contains no usable image."))
CL_ERROR(FrameOutOfRange, 503, QT_TRANSLATE_NOOP("cliniclink::Error", "The requested image frame does not exist."))
CL_ERROR(DicomDecodeFailed, 504, QT_TRANSLATE_NOOP("cliniclink::Error", "The compressed image could not be decoded; the file may be damaged."))
CL_ERROR(DicomWriteFailed, 505, QT_TRANSLATE_NOOP("cliniclink::Error", "The DICOM file could not be written."))
CL_ERROR(RoiOutsideImage, 506, QT_TRANSLATE_NOOP("cliniclink::Error", "The region lies outside the image."))

// 6xx — residents and public health
CL_ERROR(InvalidIdNumber, 600, QT_TRANSLATE_NOOP("cliniclink::Error", "The ID card number is not valid (18 characters, check digit and birth date are checked)."))
CL_ERROR(BirthDateContradictsIdNumber, 601, QT_TRANSLATE_NOOP("cliniclink::Error", "The birth date does not match the one in the ID card number."))
CL_ERROR(SexContradictsIdNumber, 602, QT_TRANSLATE_NOOP("cliniclink::Error", "The sex does not match the one in the ID card number."))
CL_ERROR(DuplicateIdNumber, 603, QT_TRANSLATE_NOOP("cliniclink::Error", "A resident with this ID card number already has an archive."))
CL_ERROR(InvalidArchiveNumber, 604, QT_TRANSLATE_NOOP("cliniclink::Error", "The archive number must be 17 digits: clinic code (12) + sequence (5)."))
CL_ERROR(DuplicateArchiveNumber, 605, QT_TRANSLATE_NOOP("cliniclink::Error", "This archive number is already in use."))
CL_ERROR(ArchiveSequenceExhausted, 606, QT_TRANSLATE_NOOP("cliniclink::Error", "No archive numbers are left for this clinic code."))
CL_ERROR(RequiredFieldMissing, 607, QT_TRANSLATE_NOOP("cliniclink::Error", "A required field is empty."))
CL_ERROR(InvalidCode, 608, QT_TRANSLATE_NOOP("cliniclink::Error", "The value is not one of the allowed choices."))
CL_ERROR(InvalidDate, 609, QT_TRANSLATE_NOOP("cliniclink::Error", "The date is not valid."))
CL_ERROR(ArchiveNotActive, 610, QT_TRANSLATE_NOOP("cliniclink::Error", "This archive is closed, transferred out, merged or the resident has died."))
CL_ERROR(FamilyRelationInvalid, 611, QT_TRANSLATE_NOOP("cliniclink::Error", "The family relationship is not valid (each family has exactly one head of household)."))
CL_ERROR(HeadOfHouseholdNotFound, 612, QT_TRANSLATE_NOOP("cliniclink::Error", "The head of household has no archive."))
CL_ERROR(MergeNotAllowed, 613, QT_TRANSLATE_NOOP("cliniclink::Error", "These two archives cannot be merged."))
CL_ERROR(ImportFileUnreadable, 614, QT_TRANSLATE_NOOP("cliniclink::Error", "The import file could not be read as CSV (UTF-8 or GB18030 with a header row)."))
CL_ERROR(InvalidPhoneNumber, 615, QT_TRANSLATE_NOOP("cliniclink::Error", "The phone number is not valid."))
CL_ERROR(CodeSetsInvalid, 616, QT_TRANSLATE_NOOP("cliniclink::Error", "The value-set or configuration data is damaged."))

// 7xx — outpatient, prescriptions, pharmacy, billing
CL_ERROR(VitalSignImplausible, 700, QT_TRANSLATE_NOOP("cliniclink::Error", "A vital sign is outside the plausible range; check the value and its unit."))
CL_ERROR(NoteSigned, 701, QT_TRANSLATE_NOOP("cliniclink::Error", "This note is signed and locked; record the change as an amendment."))
CL_ERROR(NoteNotSigned, 702, QT_TRANSLATE_NOOP("cliniclink::Error", "Only a signed note can be amended; edit the draft instead."))
CL_ERROR(PrimaryDiagnosisRequired, 703, QT_TRANSLATE_NOOP("cliniclink::Error", "Exactly one diagnosis must be marked as the primary diagnosis."))
CL_ERROR(DiagnosisCodeNotFound, 704, QT_TRANSLATE_NOOP("cliniclink::Error", "The diagnosis code is not in the clinic's ICD-10 code table."))
CL_ERROR(InvalidInsuranceCode, 705, QT_TRANSLATE_NOOP("cliniclink::Error", "The medical-insurance drug code must have 23 letters and digits and start with a letter."))
CL_ERROR(PrescriptionTooManyDrugs, 706, QT_TRANSLATE_NOOP("cliniclink::Error", "A prescription sheet may hold at most 5 drugs; start another sheet."))
CL_ERROR(HerbalPrescriptionMixed, 707, QT_TRANSLATE_NOOP("cliniclink::Error", "Chinese herbal pieces (中药饮片) must be prescribed on their own sheet."))
CL_ERROR(PrescriptionDurationExceeded, 708, QT_TRANSLATE_NOOP("cliniclink::Error", "The duration exceeds the limit for this prescription type (7 days, emergency 3 days)."))
CL_ERROR(PrescriptionTypeNotAllowed, 709, QT_TRANSLATE_NOOP("cliniclink::Error", "This prescription type does not fit the patient's age (paediatric: under 14 years)."))
CL_ERROR(ControlledDrugWrongSheet, 710, QT_TRANSLATE_NOOP("cliniclink::Error", "Narcotic and psychotropic drugs must be prescribed on the sheet of their class."))
CL_ERROR(PatientWeightRequired, 711, QT_TRANSLATE_NOOP("cliniclink::Error", "The weight of an infant must be recorded on the prescription."))
CL_ERROR(PrescriptionChecksPending, 712, QT_TRANSLATE_NOOP("cliniclink::Error", "The prescription has warnings (allergy, duplicate drug, dose, stock) that must be confirmed before signing."))
CL_ERROR(PrescriptionNotSigned, 713, QT_TRANSLATE_NOOP("cliniclink::Error", "The prescription is not signed yet."))
CL_ERROR(PrescriptionSigned, 714, QT_TRANSLATE_NOOP("cliniclink::Error", "The prescription is signed and can no longer be changed."))
CL_ERROR(StockInsufficient, 715, QT_TRANSLATE_NOOP("cliniclink::Error", "There is not enough stock of this drug."))
CL_ERROR(InvalidQuantity, 716, QT_TRANSLATE_NOOP("cliniclink::Error", "The quantity or amount is not valid."))
CL_ERROR(InvalidFrequency, 717, QT_TRANSLATE_NOOP("cliniclink::Error", "Unknown dosing frequency."))
CL_ERROR(PatientIdRequired, 718, QT_TRANSLATE_NOOP("cliniclink::Error", "A narcotic or first-class psychotropic prescription needs the patient's ID card number."))
CL_ERROR(EmptyPrescription, 719, QT_TRANSLATE_NOOP("cliniclink::Error", "The prescription has no drugs."))
CL_ERROR(ChargesUnpaid, 720, QT_TRANSLATE_NOOP("cliniclink::Error", "The charges have not been paid yet."))
CL_ERROR(PaymentAmountMismatch, 721, QT_TRANSLATE_NOOP("cliniclink::Error", "The payment does not match the amount due."))
CL_ERROR(RefundNotAllowed, 722, QT_TRANSLATE_NOOP("cliniclink::Error", "This payment cannot be refunded (already refunded or drugs already dispensed)."))
CL_ERROR(AmountOutOfRange, 723, QT_TRANSLATE_NOOP("cliniclink::Error", "The amount is too large."))
CL_ERROR(AlreadyPaid, 724, QT_TRANSLATE_NOOP("cliniclink::Error", "These charges are already paid."))
CL_ERROR(NothingToDispense, 725, QT_TRANSLATE_NOOP("cliniclink::Error", "Everything on this prescription has been dispensed already."))
