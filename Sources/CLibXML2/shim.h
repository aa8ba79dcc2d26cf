#include <libxml/xmlwriter.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
