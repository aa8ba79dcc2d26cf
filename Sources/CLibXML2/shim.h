#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, so encoding.h would pull in the system's
// <unicode/ucnv.h>. Its types (UErrorCode …) clash with the copies Foundation
// bundles in _FoundationICU whenever one module sees both, which made builds
// fail at random. Tupu never touches the ICU-only fields at the end of
// xmlCharEncodingHandler, so the headers are read without them.
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlwriter.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
