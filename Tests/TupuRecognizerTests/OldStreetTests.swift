import Testing
import TupuRecognizer

/// Names in news of old streets and buildings restored: an old village (古村) and an ancestral hall
/// (公祠) named by their own names are places, while old streets and lanes worked on as a kind
/// (古街路面修复工程, 背街小巷微改造) name nothing, though a named street's works do. Fresh sentences.
@Suite struct OldStreetTests {
    @Test func anOldVillageAndAnAncestralHallArePlaces() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县对舜陵古村、柏家公祠等近100栋古建筑进行全面修缮。")
        #expect(names.contains("舜陵古村") && names.contains("柏家公祠"), "found \(names)")
    }

    @Test func oldStreetsWorkedOnAsAKindNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县推进背街小巷微改造,完成舜陵老街地下管网工程、古街路面修复工程,老街改造工程实施后。")
        #expect(names == ["舜陵老街地下管网工程"], "found \(names)")
    }
}
