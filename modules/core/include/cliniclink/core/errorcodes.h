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
CL_ERROR(ValueOutOfRange, 617, QT_TRANSLATE_NOOP("cliniclink::Error", "The value is outside the plausible range."))
CL_ERROR(InvalidNumber, 618, QT_TRANSLATE_NOOP("cliniclink::Error", "The value must be a number."))
CL_ERROR(ValuesInconsistent, 619, QT_TRANSLATE_NOOP("cliniclink::Error", "The values contradict each other."))
CL_ERROR(FormDefinitionInvalid, 620, QT_TRANSLATE_NOOP("cliniclink::Error", "A form definition is damaged."))
CL_ERROR(FormSigned, 621, QT_TRANSLATE_NOOP("cliniclink::Error", "This form is signed; it can only be amended with a reason."))
CL_ERROR(AmendmentReasonMissing, 622, QT_TRANSLATE_NOOP("cliniclink::Error", "Give a reason for amending the signed form."))
CL_ERROR(FormHasErrors, 623, QT_TRANSLATE_NOOP("cliniclink::Error", "The form has errors; correct the marked fields."))
CL_ERROR(TextTooLong, 624, QT_TRANSLATE_NOOP("cliniclink::Error", "The text is too long."))

// 8xx — platform and sync
CL_ERROR(PlatformUnreachable, 800, QT_TRANSLATE_NOOP("cliniclink::Error", "The platform cannot be reached. Unsent records are kept and sent later."))
CL_ERROR(PlatformProtocolError, 801, QT_TRANSLATE_NOOP("cliniclink::Error", "The platform sent an answer this version does not understand."))
CL_ERROR(DeviceNotAuthorized, 802, QT_TRANSLATE_NOOP("cliniclink::Error", "The platform did not accept this computer's credential. Enrol it again."))
CL_ERROR(OutOfScope, 803, QT_TRANSLATE_NOOP("cliniclink::Error", "This record belongs to an organisation outside your area."))
CL_ERROR(EnrolmentCodeInvalid, 804, QT_TRANSLATE_NOOP("cliniclink::Error", "The enrolment code is wrong, already used or expired."))
CL_ERROR(InsecureTransport, 805, QT_TRANSLATE_NOOP("cliniclink::Error", "Refused to send data without encryption: use an https:// platform address."))
CL_ERROR(CertificateRejected, 806, QT_TRANSLATE_NOOP("cliniclink::Error", "The platform's certificate could not be verified."))
CL_ERROR(NotEnrolled, 807, QT_TRANSLATE_NOOP("cliniclink::Error", "This computer is not enrolled with a platform yet."))
CL_ERROR(PlatformDatabaseError, 808, QT_TRANSLATE_NOOP("cliniclink::Error", "The platform's database reported an error."))
CL_ERROR(InvalidOrgCode, 809, QT_TRANSLATE_NOOP("cliniclink::Error", "The organisation code must have 6 (county), 9 (township) or 12 (village) digits."))
CL_ERROR(SyncInterrupted, 810, QT_TRANSLATE_NOOP("cliniclink::Error", "Synchronisation was interrupted; it resumes where it stopped."))
